package vn.vetflow.publicservice;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.identity.Roles;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;
import vn.vetflow.tasks.StepHandler;
import vn.vetflow.tasks.WorkTask;

/**
 * The public-service process at the task door: an officer of the task's unit works it when it is theirs
 * or offered to one of their groups; a decision that must say why needs its note; the dossier itself is
 * changed by the process's service tasks (publicservice/steps) when the engine moves on.
 */
@Component
class PublicServiceSteps implements StepHandler {

    private final OrganisationUnits units;

    PublicServiceSteps(OrganisationUnits units) {
        this.units = units;
    }

    @Override
    public String processKey() {
        return PublicServiceProperties.PROCESS_KEY;
    }

    @Override
    public Access access(WorkTask task, String username, List<String> groups) {
        boolean inUnit = groups.contains(Roles.ADMIN)
                || task.unit() != null && units.among(groups).contains(task.unit());
        if (!inUnit) {
            return Access.FORBIDDEN;
        }
        if (username.equals(task.assignee())) {
            return Access.WORK;
        }
        return task.assignee() == null && task.candidateGroups().stream().anyMatch(groups::contains) ? Access.WORK
                : Access.FORBIDDEN;
    }

    @Override
    public void check(WorkTask task, String username, Map<String, Object> values, Object input,
                      List<Violation> violations) {
        String key = task.stepKey();
        ProcessSteps.decisionField(key).map(values::get)
                .flatMap(decision -> ProcessSteps.requiredNote(key, decision))
                .filter(note -> values.get(note) == null)
                .ifPresent(note -> violations.add(Violation.of(note, "forms.error.required")));
    }

    @Override
    public Completion record(WorkTask task, String username, Map<String, Object> values, Object input) {
        return new Completion(values, false);
    }

    @Override
    public RuntimeException explain(WorkTask task, RuntimeException failure) {
        if (failure instanceof SupplementRoundsExhaustedException) {
            return new InvalidRequestException(Violation.of(ProcessSteps.decisionField(task.stepKey())
                    .orElse("decision"), "dossier.error.supplementRoundsExhausted"));
        }
        return null;
    }
}
