package vn.vetflow.publicservice;

import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.tasks.TaskSubject;
import vn.vetflow.tasks.TaskSubjects;

/** Describes public-service tasks for the task list: the dossier's procedure and applicant, and its unit. */
@Component
class DossierTaskSubjects implements TaskSubjects {

    private final DossierService dossiers;
    private final OrganisationUnits units;

    DossierTaskSubjects(DossierService dossiers, OrganisationUnits units) {
        this.dossiers = dossiers;
        this.units = units;
    }

    @Override
    public boolean describes(String processDefinitionKey) {
        return PublicServiceProperties.PROCESS_KEY.equals(processDefinitionKey);
    }

    @Override
    public TaskSubject describe(String businessKey, String taskDefinitionKey) {
        Dossier dossier = dossiers.get(businessKey);
        String step = ProcessSteps.stepOf(taskDefinitionKey).orElse(null);
        return new TaskSubject("dossier", dossier.getProcedureName(), dossier.getApplicantName(),
                units.unitFor(PublicServiceProperties.PROCESS_KEY, dossier.getProcedureId(), step),
                dossier.getSubmittedAt());
    }
}
