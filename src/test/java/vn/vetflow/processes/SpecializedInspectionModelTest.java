package vn.vetflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
 * specialized-inspection.bpmn alone, on an engine of its own, with its step and deadline beans replaced:
 * decision returned and signed or cancelled, the parallel acknowledgement of the minutes, each way of
 * handling a violation, the conclusion sent back, remediation sent back and accepted, and every timer.
 * The Spring tests (InspectionProcessTest) check the real steps.
 */
@Deployment(resources = "processes/specialized-inspection.bpmn")
class SpecializedInspectionModelTest {

    private static final String KEY = "specialized-inspection";
    private static final IsolatedEngine ENGINE = IsolatedEngine.named("specialized-inspection-model");

    @RegisterExtension
    static ProcessEngineExtension extension = ENGINE.extension();

    private final InspectionSteps steps = new InspectionSteps();

    @BeforeEach
    void beans() {
        init(ENGINE.engine());
        Mocks.register("inspectionSteps", steps);
        Mocks.register("inspectionDeadlines", new InspectionDeadlines());
    }

    @AfterEach
    void forget() {
        Mocks.reset();
    }

    @AfterAll
    static void coverage() {
        ENGINE.assertCoverage(KEY, 0.9, SpecializedInspectionModelTest.class.getSimpleName());
        ENGINE.close();
    }

    @Test
    void decisionReturnedThenSignedAndTheInspectionRunsToItsClose() {
        steps.violations = List.of("V1", "V2", "V3");
        steps.recommendations = List.of("R1");
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_DraftDecision");
        assertThat(task(pi)).hasCandidateGroup("inspector");
        complete(task(pi));
        assertThat(task(pi)).hasCandidateGroup("leader");
        complete(task(pi), withVariables("decisionSignoff", "RETURN"));
        assertThat(pi).isWaitingAt("Task_DraftDecision");
        complete(task(pi));
        complete(task(pi), withVariables("decisionSignoff", "SIGN"));
        assertThat(pi).hasPassed("Task_IssueDecision").isWaitingAt("Task_Plan");
        complete(task(pi));
        // The plan and team go to whoever signed the decision; returned, drawn up again, approved.
        assertThat(task(pi)).isAssignedTo("signer");
        complete(task(pi), withVariables("planApproval", "RETURN"));
        assertThat(pi).isWaitingAt("Task_Plan");
        complete(task(pi));
        complete(task("Task_ApprovePlan", pi), withVariables("planApproval", "APPROVE"));
        assertThat(pi).isWaitingAt("Task_Notice");
        assertThat(task(pi).getDueDate()).isNotNull();
        complete(task(pi));
        complete(task("Task_Announce", pi));
        assertThat(pi).isWaitingAt("Task_SelfAssessment");
        assertThat(task(pi)).hasCandidateUser("coso");
        complete(task(pi));
        complete(task("Task_Check", pi));
        complete(task("Task_Minutes", pi));
        // The team lead and the institution acknowledge the issued minutes side by side.
        assertThat(pi).hasPassed("Task_IssueMinutes").isWaitingAt("Task_AckMinutesLead", "Task_AckMinutesInstitution");
        assertThat(task("Task_AckMinutesInstitution", pi).getDueDate()).isNotNull();
        complete(task("Task_AckMinutesInstitution", pi), withVariables("institutionAcknowledgement", "AGREE"));
        assertThat(pi).isWaitingAt("Task_AckMinutesLead");
        complete(task("Task_AckMinutesLead", pi));

        // One handling per violation, all at once.
        List<Task> handlings = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_HandleViolation").list();
        assertThat(handlings).hasSize(3);
        complete(handlings.get(0), withVariables("handling", "SANCTION"));
        complete(handlings.get(1), withVariables("handling", "CHAIRMAN"));
        complete(handlings.get(2), withVariables("handling", "TRANSFER"));
        complete(task("Task_SignSanction", pi));
        complete(task("Task_SignChairmanSubmission", pi));
        complete(task("Task_TransferViolation", pi));
        assertThat(pi).isWaitingAt("Task_Report");
        assertThat(steps.calls.stream().filter("recordHandling"::equals)).hasSize(3);
        complete(task("Task_Report", pi));

        complete(task("Task_DraftConclusion", pi));
        complete(task("Task_ApproveConclusion", pi), withVariables("conclusionApproval", "RETURN"));
        assertThat(pi).isWaitingAt("Task_DraftConclusion");
        complete(task("Task_DraftConclusion", pi));
        complete(task("Task_ApproveConclusion", pi), withVariables("conclusionApproval", "APPROVE"));

        assertThat(pi).hasPassed("Task_PublishConclusion").isWaitingAt("Task_ReportRemediation");
        assertThat(task(pi)).hasCandidateUser("coso");
        complete(task(pi));
        complete(task("Task_VerifyRemediation", pi), withVariables("remediationVerdict", "SEND_BACK"));
        complete(task("Task_ReportRemediation", pi));
        complete(task("Task_VerifyRemediation", pi), withVariables("remediationVerdict", "ACCEPT"));
        assertThat(pi).isEnded().hasPassed("Task_Close", "EndEvent_Closed").hasNotPassed("Task_Cancel");
        assertThat(steps.calls).containsSubsequence("enter DECISION", "decisionSigned", "enter PLANNING", "enter NOTICE",
                "enter SELF_ASSESSMENT", "enter CHECK", "enter MINUTES", "issueMinutes", "enter VIOLATIONS",
                "enter REPORT", "enter CONCLUSION", "publishConclusion", "close");
    }

    @Test
    void leaderDoesNotCarryOutTheDecision() {
        ProcessInstance pi = start();
        complete(task(pi));
        complete(task(pi), withVariables("decisionSignoff", "CANCEL"));
        assertThat(pi).isEnded().hasPassed("Task_Cancel", "EndEvent_Cancelled").hasNotPassed("Task_Plan");
        assertThat(steps.calls).contains("cancel");
    }

    @Test
    void everyLimitRemindsOrEscalatesWithoutStoppingTheWork() {
        steps.recommendations = List.of("R1");
        ProcessInstance pi = start();
        complete(task(pi));
        complete(task(pi), withVariables("decisionSignoff", "SIGN"));
        complete(task("Task_Plan", pi));
        complete(task("Task_ApprovePlan", pi), withVariables("planApproval", "APPROVE"));
        execute(job("Timer_NoticeOverdue", pi));
        assertThat(pi).hasPassed("EndEvent_NoticeEscalated").isWaitingAt("Task_Notice");
        complete(task("Task_Notice", pi));
        complete(task("Task_Announce", pi));
        execute(job("Timer_SelfAssessmentReminder", pi));
        execute(job("Timer_SelfAssessmentOverdue", pi));
        assertThat(pi).hasPassed("EndEvent_SelfAssessmentReminded", "EndEvent_SelfAssessmentEscalated")
                .isWaitingAt("Task_SelfAssessment");
        complete(task("Task_SelfAssessment", pi));
        execute(job("Timer_CheckOverdue", pi));
        assertThat(pi).hasPassed("EndEvent_CheckEscalated").isWaitingAt("Task_Check");
        complete(task("Task_Check", pi));
        complete(task("Task_Minutes", pi));
        complete(task("Task_AckMinutesLead", pi));
        complete(task("Task_AckMinutesInstitution", pi), withVariables("institutionAcknowledgement", "AGREE"));
        // No violation found: nothing to handle, straight to the report.
        assertThat(pi).isWaitingAt("Task_Report");
        execute(job("Timer_ReportOverdue", pi));
        assertThat(pi).hasPassed("EndEvent_ReportEscalated").isWaitingAt("Task_Report");
        complete(task("Task_Report", pi));
        execute(job("Timer_ConclusionOverdue", pi));
        assertThat(pi).hasPassed("EndEvent_ConclusionEscalated").isWaitingAt("Task_DraftConclusion");
        complete(task("Task_DraftConclusion", pi));
        complete(task("Task_ApproveConclusion", pi), withVariables("conclusionApproval", "APPROVE"));
        execute(job("Timer_RemediationOverdue", pi));
        assertThat(pi).hasPassed("Task_EscalateRemediation", "EndEvent_RemediationEscalated")
                .isWaitingAt("Task_ReportRemediation");
        assertThat(steps.calls).contains("escalate notice", "remind selfAssessment", "escalate selfAssessment",
                "escalate check", "escalate report", "escalate conclusion", "escalate remediation");
    }

    @Test
    void theInstitutionRefusingOrSilentOnTheMinutesLeavesThemToAWitness() {
        ProcessInstance refused = toMinutes();
        complete(task("Task_AckMinutesInstitution", refused), withVariables("institutionAcknowledgement", "REFUSE"));
        assertThat(refused).isWaitingAt("Task_AckMinutesLead", "Task_WitnessMinutes");
        complete(task("Task_WitnessMinutes", refused));
        complete(task("Task_AckMinutesLead", refused));
        assertThat(refused).isWaitingAt("Task_Report");

        ProcessInstance silent = toMinutes();
        execute(job("Timer_MinutesAckOverdue", silent));
        assertThat(silent).hasPassed("Timer_MinutesAckOverdue")
                .isWaitingAt("Task_AckMinutesLead", "Task_WitnessMinutes");
        complete(task("Task_WitnessMinutes", silent));
        complete(task("Task_AckMinutesLead", silent));
        assertThat(silent).isWaitingAt("Task_Report");
    }

    @Test
    void everyLimitOnHandlingAViolationEscalatesWithoutStoppingIt() {
        steps.violations = List.of("V1", "V2", "V3");
        ProcessInstance pi = toMinutes();
        complete(task("Task_AckMinutesInstitution", pi), withVariables("institutionAcknowledgement", "AGREE"));
        complete(task("Task_AckMinutesLead", pi));
        List<Task> handlings = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_HandleViolation").list();
        assertThat(handlings).allMatch(t -> t.getDueDate() != null);
        // Three violations, three running limits: one passes.
        List<org.camunda.bpm.engine.runtime.Job> limits = jobQuery().processInstanceId(pi.getId())
                .activityId("Timer_ViolationRecordOverdue").list();
        assertThat(limits).hasSize(3);
        execute(limits.get(0));
        complete(handlings.get(0), withVariables("handling", "SANCTION"));
        complete(handlings.get(1), withVariables("handling", "CHAIRMAN"));
        complete(handlings.get(2), withVariables("handling", "INVESTIGATION"));
        execute(job("Timer_SanctionOverdue", pi));
        execute(job("Timer_ChairmanOverdue", pi));
        execute(job("Timer_TransferOverdue", pi));
        assertThat(pi).hasPassed("Gateway_ViolationLimitPassed", "EndEvent_ViolationEscalated")
                .isWaitingAt("Task_SignSanction", "Task_SignChairmanSubmission", "Task_TransferViolation");
        complete(task("Task_SignSanction", pi));
        complete(task("Task_SignChairmanSubmission", pi));
        complete(task("Task_TransferViolation", pi));
        assertThat(pi).isWaitingAt("Task_Report");
        assertThat(steps.calls).contains("escalateViolation violationRecord", "escalateViolation sanction",
                "escalateViolation chairman", "escalateViolation transfer");
    }

    @Test
    void aViolationOnlyRecordedGoesStraightToTheReport() {
        steps.violations = List.of("V1");
        ProcessInstance pi = toMinutes();
        complete(task("Task_AckMinutesInstitution", pi), withVariables("institutionAcknowledgement", "AGREE"));
        complete(task("Task_AckMinutesLead", pi));
        complete(task("Task_HandleViolation", pi), withVariables("handling", "RECORD_ONLY"));
        assertThat(pi).isWaitingAt("Task_Report").hasNotPassed("Task_TransferViolation", "Task_SignSanction");
    }

    private static ProcessInstance toMinutes() {
        ProcessInstance pi = start();
        complete(task(pi));
        complete(task(pi), withVariables("decisionSignoff", "SIGN"));
        complete(task("Task_Plan", pi));
        complete(task("Task_ApprovePlan", pi), withVariables("planApproval", "APPROVE"));
        complete(task("Task_Notice", pi));
        complete(task("Task_Announce", pi));
        complete(task("Task_SelfAssessment", pi));
        complete(task("Task_Check", pi));
        complete(task("Task_Minutes", pi));
        return pi;
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, "KT-2026-" + System.nanoTime(), Map.of());
    }

    private static Date inDays(int days) {
        return Date.from(Instant.now().plus(Duration.ofDays(days)));
    }

    /** Stands for the inspection's step bean: records what the model asked for, gives the lists it loops on. */
    public static class InspectionSteps {
        final List<String> calls = new ArrayList<>();
        List<String> violations = List.of();
        List<String> recommendations = List.of();

        public void enter(Object execution, String stage) {
            calls.add("enter " + stage);
        }

        public List<String> violationIds(Object execution) {
            return violations;
        }

        public List<String> recommendationIds(Object execution) {
            return recommendations;
        }

        public String institutionUsers(Object execution) {
            return "coso";
        }

        public void decisionSigned(Object execution) {
            calls.add("decisionSigned");
        }

        public void issueMinutes(Object execution) {
            calls.add("issueMinutes");
        }

        public void recordHandling(Object execution) {
            calls.add("recordHandling");
        }

        public void publishConclusion(Object execution) {
            calls.add("publishConclusion");
        }

        public void close(Object execution) {
            calls.add("close");
        }

        public void cancel(Object execution) {
            calls.add("cancel");
        }

        public void remind(Object execution, String limit) {
            calls.add("remind " + limit);
        }

        public void escalate(Object execution, String limit) {
            calls.add("escalate " + limit);
        }

        public void escalateViolation(Object execution, String limit) {
            calls.add("escalateViolation " + limit);
        }

        public String decisionSigner(Object execution) {
            return "signer";
        }
    }

    /** Stands for the inspection's deadline bean: every limit lies in the future, tests fire timers themselves. */
    public static class InspectionDeadlines {
        public Date due(Object execution, String limit) {
            return inDays(10);
        }

        public Date reminder(Object execution, String limit) {
            return inDays(5);
        }

        public Date remediationDue(Object execution) {
            return inDays(30);
        }

        public Date violationDue(Object execution, String limit) {
            return inDays(3);
        }
    }
}
