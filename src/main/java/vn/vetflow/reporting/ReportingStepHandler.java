package vn.vetflow.reporting;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.identity.Roles;
import vn.vetflow.shared.Violation;
import vn.vetflow.tasks.StepHandler;
import vn.vetflow.tasks.WorkTask;

/**
 * Periodic reports at the task door. Filling: the institution's staff the task is offered to by name.
 * Review: a specialist or leader of the unit serving the process (processes/units.yaml), or an administrator.
 * A return needs the reviewer's comment; the decision routes only the report's own branch.
 */
@Component
class ReportingStepHandler implements StepHandler {

    static final String DECISION = "reviewDecision";
    static final String COMMENT = "reviewComment";

    private final ReportingRounds rounds;
    private final ReportingProcess process;
    private final OrganisationUnits units;

    ReportingStepHandler(ReportingRounds rounds, ReportingProcess process, OrganisationUnits units) {
        this.rounds = rounds;
        this.process = process;
        this.units = units;
    }

    @Override
    public String processKey() {
        return ReportingProcess.KEY;
    }

    @Override
    public Access access(WorkTask task, String username, List<String> groups) {
        if (username.equals(task.assignee())) {
            return Access.WORK;
        }
        boolean offered = ReportingProcess.FILL.equals(task.stepKey()) ? task.candidateUsers().contains(username)
                : groups.contains(Roles.ADMIN) || units.among(groups).contains(units.unitFor(ReportingProcess.KEY, null,
                        null)) && task.candidateGroups().stream().anyMatch(groups::contains);
        if (!offered) {
            return Access.FORBIDDEN;
        }
        return task.assignee() == null ? Access.WORK : Access.TAKEN;
    }

    @Override
    public void check(WorkTask task, String username, Map<String, Object> values, Object input,
                      List<Violation> violations) {
        if (ReportingProcess.FILL.equals(task.stepKey())) {
            rounds.checkSubmission(process.institutionOf(task.id()), values, input(input), violations);
        } else if ("RETURN".equals(values.get(DECISION)) && isBlank(values.get(COMMENT))) {
            violations.add(Violation.of(COMMENT, "reporting.error.commentRequired"));
        }
    }

    @Override
    public Completion record(WorkTask task, String username, Map<String, Object> values, Object input) {
        String institution = process.institutionOf(task.id());
        if (ReportingProcess.FILL.equals(task.stepKey())) {
            rounds.recordSubmission(task.businessKey(), institution, username, values, input(input));
            return new Completion(Map.of(), true);
        }
        String decision = (String) values.get(DECISION);
        Object comment = values.get(COMMENT);
        rounds.recordReview(task.businessKey(), institution, username, "ACCEPT".equals(decision),
                comment == null ? null : comment.toString());
        return new Completion(Map.of(DECISION, decision), true);
    }

    private static ReportInput input(Object input) {
        return input instanceof ReportInput sent ? sent : new ReportInput(Map.of(), List.of());
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
