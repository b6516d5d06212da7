package vn.vetflow.inspection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.identity.Roles;
import vn.vetflow.shared.Violation;
import vn.vetflow.tasks.StepHandler;
import vn.vetflow.tasks.TaskConflictException;
import vn.vetflow.tasks.WorkTask;

/**
 * The inspection process at the task door: who may work a step (its assignee; unassigned, a user it is
 * offered to by name, or a member of a candidate group working in the inspection unit), the step's checks
 * and records ({@link Inspections#checkStep}, {@link Inspections#record}), and the routing variables the
 * engine moves on with.
 */
@Component
class InspectionStepHandler implements StepHandler {

    private final Inspections inspections;
    private final InspectionProcess process;
    private final OrganisationUnits units;

    InspectionStepHandler(Inspections inspections, InspectionProcess process, OrganisationUnits units) {
        this.inspections = inspections;
        this.process = process;
        this.units = units;
    }

    @Override
    public String processKey() {
        return InspectionProcess.KEY;
    }

    @Override
    public Access access(WorkTask task, String username, List<String> groups) {
        if (username.equals(task.assignee())) {
            return Access.WORK;
        }
        if (!offered(task, username, groups)) {
            return Access.FORBIDDEN;
        }
        // Somebody else took a step this user could have worked: a conflict (409), not a refusal (403).
        return task.assignee() == null ? Access.WORK : Access.TAKEN;
    }

    private boolean offered(WorkTask task, String username, List<String> groups) {
        if (task.candidateUsers().contains(username)) {
            return true;
        }
        boolean inUnit = groups.contains(Roles.ADMIN)
                || units.among(groups).contains(units.unitFor(InspectionProcess.KEY, null, null));
        return inUnit && task.candidateGroups().stream().anyMatch(groups::contains);
    }

    @Override
    public void check(WorkTask task, String username, Map<String, Object> values, Object input,
                      List<Violation> violations) {
        inspections.checkStep(task.businessKey(), task.stepKey(), username, values, input(input, values), violations);
    }

    @Override
    public Completion record(WorkTask task, String username, Map<String, Object> values, Object input) {
        // Found a moment ago in this transaction: if it is gone now, somebody else completed it first.
        Task engineTask = process.task(task.id()).orElseThrow(() -> new TaskConflictException(task.id()));
        inspections.record(task.businessKey(), task.stepKey(), name -> process.variable(engineTask, name), username,
                values, input(input, values));
        Map<String, Object> routing = new HashMap<>();
        values.forEach((key, value) -> {
            if (Inspections.ROUTING.contains(key)) {
                routing.put(key, value);
            }
        });
        return new Completion(routing, Inspections.BRANCH_STEPS.contains(task.stepKey()));
    }

    /** The step's extra input as the page sent it; the form's values validated by the door win. */
    private static Inspections.StepInput input(Object input, Map<String, Object> values) {
        Inspections.StepInput sent = input instanceof Inspections.StepInput s ? s : Inspections.StepInput.of(values);
        return new Inspections.StepInput(values, sent.files(), sent.checklist(), sent.recommendations());
    }
}
