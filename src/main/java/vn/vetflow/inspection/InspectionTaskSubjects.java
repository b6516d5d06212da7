package vn.vetflow.inspection;

import org.springframework.stereotype.Component;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.tasks.TaskSubject;
import vn.vetflow.tasks.TaskSubjects;

/** Inspection tasks in the officers' task list: the subject, the institution, the unit serving the process. */
@Component
class InspectionTaskSubjects implements TaskSubjects {

    private final InspectionStore store;
    private final OrganisationUnits units;

    InspectionTaskSubjects(InspectionStore store, OrganisationUnits units) {
        this.store = store;
        this.units = units;
    }

    @Override
    public boolean describes(String processDefinitionKey) {
        return InspectionProcess.KEY.equals(processDefinitionKey);
    }

    @Override
    public TaskSubject describe(String businessKey, String taskDefinitionKey) {
        Inspection inspection = store.get(businessKey);
        return new TaskSubject("inspection", inspection.subject(), inspection.institutionName(),
                units.unitFor(InspectionProcess.KEY, null, null), inspection.createdAt());
    }
}
