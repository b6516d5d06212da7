package vn.vetflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * periodic-report.bpmn alone, on an engine of its own, with its steps replaced: one branch per institution,
 * the reminder and the lateness timers beside the report task, the review loop per institution, and the round
 * closed on its day whether every report was accepted or not. The Spring test (ReportingProcessTest) checks
 * the real steps and what they record.
 */
@Deployment(resources = "processes/reporting/periodic-report.bpmn")
class PeriodicReportModelTest {

    private static final String KEY = "periodic-report";
    private static final IsolatedEngine ENGINE = IsolatedEngine.named("periodic-report-model");

    @RegisterExtension
    static ProcessEngineExtension extension = ENGINE.extension();

    private final ReportingSteps steps = new ReportingSteps();

    @BeforeEach
    void beans() {
        init(ENGINE.engine());
        Mocks.register("reportingSteps", steps);
    }

    @AfterEach
    void forget() {
        Mocks.reset();
    }

    @AfterAll
    static void coverage() {
        ENGINE.assertCoverage(KEY, 0.9, PeriodicReportModelTest.class.getSimpleName());
        ENGINE.close();
    }

    @Test
    void everyInstitutionReportsIsReviewedAndTheRoundClosesOnItsDay() {
        ProcessInstance round = start("2026-Y", List.of("CD-A", "TC-B"));
        List<Task> fills = fills(round);
        assertThat(fills).hasSize(2);
        assertThat(taskQuery().taskCandidateUser("staff-CD-A").list()).hasSize(1);

        // One institution's report is returned, corrected and accepted; the other's is accepted at once.
        Task first = fillOf(round, "CD-A");
        complete(first);
        Task review = reviewOf(round, "CD-A");
        assertThat(review).hasCandidateGroup("specialist");
        complete(review, withVariables("reviewDecision", "RETURN"));
        assertThat(fillOf(round, "CD-A")).isNotNull();
        complete(fillOf(round, "TC-B"));
        complete(reviewOf(round, "TC-B"), withVariables("reviewDecision", "ACCEPT"));
        // TC-B's acceptance did not route CD-A's branch: it is still being corrected.
        assertThat(fillOf(round, "CD-A")).isNotNull();
        complete(fillOf(round, "CD-A"));
        complete(reviewOf(round, "CD-A"), withVariables("reviewDecision", "ACCEPT"));

        // Every report accepted: the round waits for its close day, then closes.
        assertThat(round).isWaitingAt("Event_UntilCloseDay");
        assertThat(steps.calls).doesNotContain("close");
        execute(timer(round, "Event_UntilCloseDay"));
        assertThat(round).isEnded().hasPassed("Task_CloseRound", "EndEvent_RoundClosed")
                .hasNotPassed("Task_SendReminder", "Task_MarkLate");
        assertThat(steps.calls).containsExactly("begin CD-A", "begin TC-B", "close");
    }

    @Test
    void remindedThenLateThenMissingWhenTheRoundClosesWithoutIt() {
        ProcessInstance round = start("2026-H1", List.of("TT-C"));
        execute(timer(round, "Timer_Reminder"));
        execute(timer(round, "Timer_Overdue"));
        // Both timers leave the report open: the institution may still file.
        assertThat(fillOf(round, "TT-C")).isNotNull();
        assertThat(round).hasPassed("Task_SendReminder", "EndEvent_Reminded", "Task_MarkLate", "EndEvent_LateRecorded");

        execute(timer(round, "Timer_RoundClose"));
        assertThat(round).isEnded().hasPassed("Task_CloseRound").hasNotPassed("Task_Review", "EndEvent_Accepted");
        assertThat(steps.calls).containsExactly("begin TT-C", "remind TT-C", "overdue TT-C", "close");
    }

    private ProcessInstance start(String code, List<String> institutions) {
        steps.institutions = institutions;
        Instant now = Instant.now();
        return runtimeService().startProcessInstanceByKey(KEY, code, Map.of(
                "reminderAt", Date.from(now.plus(5, ChronoUnit.DAYS)),
                "dueAt", Date.from(now.plus(10, ChronoUnit.DAYS)),
                "closeAt", Date.from(now.plus(40, ChronoUnit.DAYS))));
    }

    private static List<Task> fills(ProcessInstance round) {
        return taskQuery().processInstanceId(round.getId()).taskDefinitionKey("Task_FillReport").list();
    }

    private static Task fillOf(ProcessInstance round, String institution) {
        return branchTask(round, "Task_FillReport", institution);
    }

    private static Task reviewOf(ProcessInstance round, String institution) {
        return branchTask(round, "Task_Review", institution);
    }

    /** The open task of that step in the institution's branch (its multi-instance element variable). */
    private static Task branchTask(ProcessInstance round, String step, String institution) {
        return taskQuery().processInstanceId(round.getId()).taskDefinitionKey(step).list().stream()
                .filter(task -> institution.equals(runtimeService().getVariable(task.getExecutionId(), "institution")))
                .findFirst().orElseThrow(() -> new AssertionError(step + " of " + institution + " is not open"));
    }

    private static Job timer(ProcessInstance round, String activity) {
        return jobQuery().processInstanceId(round.getId()).activityId(activity).singleResult();
    }

    /** Stands in for the Spring bean of the same name: records what the model asked for. */
    public static class ReportingSteps {
        final List<String> calls = new ArrayList<>();
        List<String> institutions = List.of();

        public List<String> institutions(Object execution) {
            return institutions;
        }

        public void begin(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            execution.setVariableLocal("reviewDecision", "NONE");
            calls.add("begin " + execution.getVariable("institution"));
        }

        public List<String> members(String institution) {
            return List.of("staff-" + institution);
        }

        public void remind(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            calls.add("remind " + execution.getVariable("institution"));
        }

        public void overdue(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            calls.add("overdue " + execution.getVariable("institution"));
        }

        public void close(Object execution) {
            calls.add("close");
        }
    }
}
