package vn.vetflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * public-service.bpmn alone, on an engine of its own, its step handlers replaced by recorders: every path
 * (reception, supplements answered or not, fee paid or not, field check, Chairman, return, refusal,
 * withdrawal) and every timer, in seconds. The Spring tests (PublicServiceProcessTest) check the real handlers.
 */
@Deployment(resources = "processes/public-service.bpmn")
class PublicServiceModelTest {

    private static final String KEY = "public-service";
    private static final IsolatedEngine ENGINE = IsolatedEngine.named("public-service-model");

    @RegisterExtension
    static ProcessEngineExtension extension = ENGINE.extension();

    /** The step handlers the model called, in order. */
    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void handlers() {
        init(ENGINE.engine());
        Mocks.register("stepGroups", new StepGroups());
        record("issueReceipt", "refuseAtReception", "closeUnanswered", "supplementReceived", "paymentReceived",
                "returnResult", "warnDueSoon", "escalateOverdue", "issueApology", "withdrawDossier");
        // The handlers that set what the model routes or waits on, as the real ones do.
        record("requestSupplement", e -> e.setVariable("supplementDueDate", inDays(5)));
        record("requestPayment", e -> e.setVariable("paymentDueDate", inDays(5)));
        record("startProcessing", e -> {
            e.setVariable("dueSoonAt", inDays(10));
            e.setVariable("overdueAt", inDays(15));
        });
        record("issueResult", e -> e.setVariable("outcome", "RESULT"));
        record("decideRefusal", e -> e.setVariable("outcome", "REFUSED"));
        record("stopProcessing", e -> e.setVariable("outcome", "STOPPED"));
        // An execution listener on the flow to the Chairman (records the Department's Tờ trình).
        Mocks.register("issueSubmission", (ExecutionListener) execution -> steps.add("issueSubmission"));
    }

    @AfterEach
    void forget() {
        Mocks.reset();
    }

    @AfterAll
    static void coverage() {
        ENGINE.assertCoverage(KEY, 0.9, PublicServiceModelTest.class.getSimpleName());
        ENGINE.close();
    }

    @Test
    void acceptedWithoutFeeApprovedAndReturned() {
        ProcessInstance pi = start(false, false);
        assertThat(pi).isWaitingAt("Task_Reception");
        assertThat(task(pi)).hasCandidateGroup("reception");
        complete(task(pi), withVariables("receptionDecision", "ACCEPT"));
        assertThat(pi).isWaitingAt("Task_Appraisal");
        assertThat(task(pi)).hasCandidateGroup("specialist");
        complete(task(pi), withVariables("appraisalDecision", "PROPOSE_APPROVE"));
        assertThat(pi).isWaitingAt("Task_Approval");
        assertThat(task(pi)).hasCandidateGroup("leader");
        complete(task(pi), withVariables("approvalDecision", "APPROVE"));
        // Returning the result calls out: it runs after the leader's transaction, as a job.
        assertThat(pi).isWaitingAt("Task_ReturnResult");
        execute(job("Task_ReturnResult", pi));
        assertThat(pi).isEnded().hasPassed("Task_IssueResult", "EndEvent_ResultReturned").hasNotPassed("Task_RequestPayment");
        assertThat(steps).containsExactly("issueReceipt", "startProcessing", "issueResult", "returnResult");
    }

    @Test
    void supplementAtReceptionAnsweredThenRefused() {
        ProcessInstance pi = start(false, false);
        complete(task(pi), withVariables("receptionDecision", "SUPPLEMENT"));
        assertThat(pi).isWaitingAt("Task_AwaitSupplementAtReception");
        correlate("SupplementProvided", pi);
        assertThat(pi).isWaitingAt("Task_Reception");
        complete(task(pi), withVariables("receptionDecision", "REFUSE"));
        assertThat(pi).isEnded().hasPassed("EndEvent_NotReceived");
        assertThat(steps).containsExactly("requestSupplement", "supplementReceived", "refuseAtReception");
    }

    @Test
    void supplementAtReceptionUnansweredClosesTheDossier() {
        ProcessInstance pi = start(false, false);
        complete(task(pi), withVariables("receptionDecision", "SUPPLEMENT"));
        execute(job("Timer_ReceptionSupplementExpired", pi));
        assertThat(pi).isEnded().hasPassed("Task_CloseUnansweredAtReception", "EndEvent_NotReceivedUnanswered");
    }

    @Test
    void feePaidThenFieldCheckAndTheChairmanApproves() {
        ProcessInstance pi = start(true, true);
        complete(task(pi), withVariables("receptionDecision", "ACCEPT"));
        assertThat(pi).isWaitingAt("Task_AwaitPayment");
        correlate("PaymentConfirmed", pi);
        assertThat(pi).isWaitingAt("Task_Appraisal");
        complete(task(pi), withVariables("appraisalDecision", "PROPOSE_APPROVE", "fieldCheckRequired", true));
        assertThat(pi).isWaitingAt("Task_FieldCheck");
        complete(task(pi));
        complete(task(pi), withVariables("approvalDecision", "APPROVE"));
        assertThat(pi).isWaitingAt("Task_SubmitToChairman");
        complete(task(pi));
        assertThat(pi).isWaitingAt("Task_RecordChairmanDecision");
        complete(task(pi), withVariables("chairmanDecision", "APPROVED"));
        execute(job("Task_ReturnResult", pi));
        assertThat(pi).isEnded().hasPassed("Task_PaymentReceived", "Task_IssueResult", "EndEvent_ResultReturned");
        assertThat(steps).containsOnlyOnce("issueSubmission");
    }

    @Test
    void theChairmanRefuses() {
        ProcessInstance pi = start(false, true);
        complete(task(pi), withVariables("receptionDecision", "ACCEPT"));
        complete(task(pi), withVariables("appraisalDecision", "PROPOSE_REFUSE"));
        complete(task(pi), withVariables("approvalDecision", "APPROVE"));
        complete(task(pi));
        complete(task(pi), withVariables("chairmanDecision", "REFUSED"));
        execute(job("Task_ReturnResult", pi));
        assertThat(pi).isEnded().hasPassed("Task_DecideRefusal", "EndEvent_Refused", "EndEvent_ResultReturned")
                .hasNotPassed("Task_IssueResult");
    }

    @Test
    void unpaidFeeStopsTheDossier() {
        ProcessInstance pi = start(true, false);
        complete(task(pi), withVariables("receptionDecision", "ACCEPT"));
        execute(job("Timer_PaymentExpired", pi));
        assertThat(pi).isEnded().hasPassed("Task_StopUnpaid", "EndEvent_StoppedUnpaid").hasNotPassed("Task_StartProcessing");
    }

    @Test
    void leaderReturnsThenRefuses() {
        ProcessInstance pi = start(false, false);
        complete(task(pi), withVariables("receptionDecision", "ACCEPT"));
        complete(task(pi), withVariables("appraisalDecision", "PROPOSE_APPROVE"));
        complete(task(pi), withVariables("approvalDecision", "RETURN"));
        assertThat(pi).isWaitingAt("Task_Appraisal");
        complete(task(pi), withVariables("appraisalDecision", "PROPOSE_REFUSE"));
        complete(task(pi), withVariables("approvalDecision", "REFUSE"));
        execute(job("Task_ReturnResult", pi));
        assertThat(pi).isEnded().hasPassed("Task_DecideRefusal", "EndEvent_ResultReturned");
    }

    @Test
    void supplementDuringAppraisalAnsweredThenUnansweredStopsTheDossier() {
        ProcessInstance pi = start(false, false);
        complete(task(pi), withVariables("receptionDecision", "ACCEPT"));
        complete(task(pi), withVariables("appraisalDecision", "SUPPLEMENT"));
        assertThat(pi).isWaitingAt("Task_AwaitSupplement");
        correlate("SupplementProvided", pi);
        assertThat(pi).isWaitingAt("Task_Appraisal");
        complete(task(pi), withVariables("appraisalDecision", "SUPPLEMENT"));
        execute(job("Timer_SupplementExpired", pi));
        // Stopped inside the processing: the outcome routes past the result's return.
        assertThat(pi).isEnded().hasPassed("Task_StopUnanswered", "EndEvent_StoppedUnanswered", "EndEvent_Stopped")
                .hasNotPassed("Task_ReturnResult");
    }

    @Test
    void dueSoonWarnsAndOverdueAsksForANewDateWhileTheWorkGoesOn() {
        ProcessInstance pi = start(false, false);
        complete(task(pi), withVariables("receptionDecision", "ACCEPT"));
        execute(job("Timer_DueSoon", pi));
        assertThat(pi).hasPassed("Task_WarnDueSoon", "EndEvent_Warned").isWaitingAt("Task_Appraisal");
        execute(job("Timer_Overdue", pi));
        assertThat(pi).isWaitingAt("Task_Appraisal", "Task_ExtendDeadline");
        complete(task("Task_ExtendDeadline", pi));
        assertThat(pi).hasPassed("Task_IssueApology", "EndEvent_Apologised").isWaitingAt("Task_Appraisal");
        assertThat(steps).containsSubsequence("warnDueSoon", "escalateOverdue", "issueApology");
    }

    @Test
    void withdrawalEndsTheProcessWherever() {
        ProcessInstance pi = start(false, false);
        complete(task(pi), withVariables("receptionDecision", "ACCEPT"));
        correlate("WithdrawalRequested", pi);
        assertThat(pi).isEnded().hasPassed("Task_Withdraw", "EndEvent_Withdrawn").hasNotPassed("Task_Approval");
    }

    // --- helpers -----------------------------------------------------------------------------

    private static ProcessInstance start(boolean feeRequired, boolean chairmanDecisionRequired) {
        return runtimeService().startProcessInstanceByKey(KEY, "DOSSIER-" + System.nanoTime(), Map.of(
                "feeRequired", feeRequired, "chairmanDecisionRequired", chairmanDecisionRequired,
                "fieldCheckRequired", false));
    }

    private static void correlate(String message, ProcessInstance pi) {
        runtimeService().createMessageCorrelation(message).processInstanceId(pi.getId()).correlate();
    }

    private static Date inDays(int days) {
        return Date.from(Instant.now().plus(Duration.ofDays(days)));
    }

    private void record(String... names) {
        for (String name : names) {
            record(name, e -> { });
        }
    }

    private void record(String name, Step effect) {
        Mocks.register(name, (JavaDelegate) execution -> {
            steps.add(name);
            effect.on(execution);
        });
    }

    interface Step {
        void on(DelegateExecution execution) throws Exception;
    }

    /** Candidate groups per step, as the catalogue's units would give them. */
    public static class StepGroups {
        public String of(Object execution, String step) {
            return switch (step) {
                case "reception" -> "reception";
                case "approval", "escalation" -> "leader";
                default -> "specialist";
            };
        }
    }
}
