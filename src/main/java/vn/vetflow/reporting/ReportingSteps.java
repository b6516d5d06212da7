package vn.vetflow.reporting;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What periodic-report.bpmn calls in expressions: the institutions of the round, the staff a report is offered
 * to, and the timers' work (reminder, lateness, closing the round), all recorded by {@link ReportingRounds} in
 * the engine's transaction. Each is safe to run twice (a job can).
 */
@Component("reportingSteps")
public class ReportingSteps {

    private final ReportingRounds rounds;

    ReportingSteps(ReportingRounds rounds) {
        this.rounds = rounds;
    }

    /** The institutions that owe a report in the round, one branch each. */
    public List<String> institutions(DelegateExecution execution) {
        return rounds.institutionsOf(execution.getProcessBusinessKey());
    }

    /** Gives each branch its own decision variable, so one institution's review never routes another's. */
    public void begin(DelegateExecution execution) {
        execution.setVariableLocal("reviewDecision", "NONE");
    }

    /** The institution's staff accounts, who may fill and submit its report. */
    public List<String> members(String institutionCode) {
        return rounds.members(institutionCode);
    }

    public void remind(DelegateExecution execution) {
        rounds.remind(execution.getProcessBusinessKey(), (String) execution.getVariable("institution"));
    }

    public void overdue(DelegateExecution execution) {
        rounds.overdue(execution.getProcessBusinessKey(), (String) execution.getVariable("institution"));
    }

    public void close(DelegateExecution execution) {
        rounds.close(execution.getProcessBusinessKey());
    }
}
