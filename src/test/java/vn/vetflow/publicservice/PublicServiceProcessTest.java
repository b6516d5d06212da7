package vn.vetflow.publicservice;

import vn.vetflow.tasks.TaskWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.calendar.Timeliness;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierHistoryEntry;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.dossier.Outcome;
import vn.vetflow.dossier.PaymentChannel;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;
import vn.vetflow.support.ProcessCoverageGate;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;
import vn.vetflow.tasks.TaskForbiddenException;

/**
 * Every path of processes/public-service.bpmn, driven through the application's own services (so the
 * steps, the catalogue, the calendar and the documents run for real) and asserted with camunda-bpm-assert.
 */
// At least 90% of the model's flow nodes are reached by this class's own instances (the build fails otherwise).
@VetflowTest
@ProcessCoverageGate(process = PublicServiceProperties.PROCESS_KEY, atLeast = 0.9)
class PublicServiceProcessTest {

    /** No shipped procedure charges a fee: the fixture in src/test/resources/test-catalogue does. */
    private static final String TEST_PROCEDURE_WITH_FEE = "PT1";

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final List<String> RECEPTION = List.of("reception", "motcua");
    static final List<String> SPECIALIST = List.of("specialist", "gdnn");
    static final List<String> LEADER = List.of("leader", "gdnn");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired DossierSubmission submission;
    @Autowired TaskWork work;
    @Autowired ApplicantActions applicant;
    @Autowired DossierService dossiers;
    @Autowired TestSubmissions submissions;
    @Autowired AdjustableClock clock;
    @Autowired Deadlines deadlines;
    @Autowired ProcedureCatalogue catalogue;

    @BeforeEach
    void setUp() {
        init(engine);
        at(2026, 3, 2, 9, 0); // Monday 2 March 2026, an ordinary working week
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- paths -------------------------------------------------------------------------------

    @Test
    void happyPathFromSubmissionToResultReturned() {
        Dossier dossier = submit("P1");
        ProcessInstance pi = instance(dossier);
        assertThat(pi).isWaitingAt("Task_Reception");
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.NEW);

        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        Dossier received = reload(dossier);
        assertThat(received.getReceiptDay()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(received.getAppointmentDate()).isEqualTo(LocalDate.of(2026, 3, 16)); // 10 working days
        assertThat(received.getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(documentTypes(received)).contains("RECEIPT");
        assertThat(pi).isWaitingAt("Task_Appraisal");

        decide(dossier, "Task_Appraisal", "chuyenvien", SPECIALIST,
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đủ điều kiện"));
        decide(dossier, "Task_Approval", "lanhdao", LEADER, Map.of("approvalDecision", "APPROVE"));
        assertThat(pi).isWaitingAt("Task_ReturnResult");
        assertThat(reload(dossier).getStatus()).isEqualTo(DossierStatus.PROCESSED);

        execute(jobFor(pi, "Task_ReturnResult"));
        assertThat(pi).isEnded().hasPassed("Task_IssueResult", "EndEvent_ResultReturned");
        Dossier done = reload(dossier);
        assertThat(done.getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(done.getOutcome()).isEqualTo(Outcome.RESULT);
        assertThat(done.getResultNumber()).matches("\\d+/.+-.+");
        assertThat(documentTypes(done)).contains("RECEIPT", "RESULT");

        List<DossierHistoryEntry> slip = dossiers.history(done);
        assertThat(slip).extracting(DossierHistoryEntry::getAction)
                .contains("SUBMITTED", "ACCEPT", "RECEIVED", "PROCESSING", "PROPOSE_APPROVE", "APPROVE",
                        "RESULT_ISSUED", "RESULT_RETURNED");
        DossierHistoryEntry appraisal = slip.stream().filter(e -> "PROPOSE_APPROVE".equals(e.getAction()))
                .findFirst().orElseThrow();
        assertThat(appraisal.getActor()).isEqualTo("chuyenvien");
        assertThat(appraisal.getStep()).isEqualTo("appraisal");
        assertThat(appraisal.getStepDueOn()).isNotNull();
        assertThat(appraisal.getTimeliness()).isEqualTo(Timeliness.EARLY);
    }

    @Test
    void appointmentCountsWorkingDaysAcrossTet() {
        at(2026, 2, 13, 10, 0); // Friday before Tết 2026 (off 14–22 Feb)
        Dossier dossier = submit("P1");
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        // Day of receipt not counted; 23–27 Feb and 2–6 Mar are the ten working days.
        assertThat(reload(dossier).getAppointmentDate()).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void receivedAfterTheCutOffCountsFromTheNextWorkingDay() {
        at(2026, 3, 2, 15, 30);
        Dossier dossier = submit("P1");
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        assertThat(reload(dossier).getReceiptDay()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(reload(dossier).getAppointmentDate()).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void supplementAtReceptionThenAccepted() {
        Dossier dossier = submit("P2");
        ProcessInstance pi = instance(dossier);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION,
                Map.of("receptionDecision", "SUPPLEMENT", "decisionNote", "Bản sao quyết định thành lập\nDanh sách nhà giáo"));
        assertThat(pi).isWaitingAt("Task_AwaitSupplementAtReception");
        Dossier waiting = reload(dossier);
        assertThat(waiting.getStatus()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(waiting.isClockPaused()).as("no legal clock before receipt").isFalse();
        assertThat(documentTypes(waiting)).contains("SUPPLEMENT_REQUEST");
        assertThat(dossiers.openSupplementRequest(waiting).orElseThrow().getRequestedItems())
                .containsExactly("Bản sao quyết định thành lập", "Danh sách nhà giáo");

        applicant.supplement(dossier.getCode(), "congdan", "Đã bổ sung",
                List.of(TestSubmissions.file(version(dossier).components().get(0))));
        assertThat(pi).isWaitingAt("Task_Reception");
        assertThat(reload(dossier).getStatus()).isEqualTo(DossierStatus.NEW);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        assertThat(pi).isWaitingAt("Task_Appraisal");
    }

    @Test
    void unansweredSupplementAtReceptionEndsNotReceived() {
        Dossier dossier = submit("P2");
        ProcessInstance pi = instance(dossier);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION,
                Map.of("receptionDecision", "SUPPLEMENT", "decisionNote", "Thiếu báo cáo"));
        execute(timer(pi, "Timer_ReceptionSupplementExpired"));
        assertThat(pi).isEnded().hasPassed("Task_CloseUnansweredAtReception", "EndEvent_NotReceivedUnanswered");
        assertThat(reload(dossier).getStatus()).isEqualTo(DossierStatus.NOT_RECEIVED);
    }

    @Test
    void refusalAtReception() {
        Dossier dossier = submit("P1");
        ProcessInstance pi = instance(dossier);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION,
                Map.of("receptionDecision", "REFUSE", "decisionNote", "Không thuộc thẩm quyền của Sở"));
        assertThat(pi).isEnded().hasPassed("Task_RefuseAtReception", "EndEvent_NotReceived");
        Dossier refused = reload(dossier);
        assertThat(refused.getStatus()).isEqualTo(DossierStatus.NOT_RECEIVED);
        assertThat(documentTypes(refused)).contains("REFUSAL");
    }

    @Test
    void feeFieldCheckAndChairmanDecision() {
        Dossier dossier = submit(TEST_PROCEDURE_WITH_FEE);
        ProcessInstance pi = instance(dossier);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        assertThat(pi).isWaitingAt("Task_AwaitPayment");
        assertThat(reload(dossier).getStatus()).isEqualTo(DossierStatus.PAYMENT_REQUIRED);

        at(2026, 3, 4, 9, 0); // paid two working days later: the appointment moves by two
        LocalDate before = reload(dossier).getAppointmentDate();
        applicant.confirmPayment(dossier.getCode(), "congdan", PaymentChannel.PROVINCIAL_GATEWAY, "GD-001");
        applicant.confirmPayment(dossier.getCode(), "congdan", PaymentChannel.PROVINCIAL_GATEWAY, "GD-001");
        Dossier paid = reload(dossier);
        assertThat(paid.isPaid()).isTrue();
        assertThat(paid.getAppointmentDate()).isEqualTo(
                deadlines.addWorkingDays(before, 2));
        assertThat(pi).isWaitingAt("Task_Appraisal");

        decide(dossier, "Task_Appraisal", "chuyenvien", SPECIALIST, Map.of("appraisalDecision", "PROPOSE_APPROVE",
                "fieldCheckRequired", true, "appraisalNote", "Cần kiểm tra cơ sở vật chất"));
        decide(dossier, "Task_FieldCheck", "chuyenvien", SPECIALIST, Map.of("fieldCheckResult", "MET",
                "fieldCheckNote", "Phòng học đạt 4,5 m²/chỗ học"));
        decide(dossier, "Task_Approval", "lanhdao", LEADER, Map.of("approvalDecision", "APPROVE"));
        decide(dossier, "Task_SubmitToChairman", "chuyenvien", SPECIALIST, Map.of("submissionNumber", "125/TTr-SGDĐT"));
        decide(dossier, "Task_RecordChairmanDecision", "chuyenvien", SPECIALIST, Map.of("chairmanDecision", "APPROVED",
                "chairmanDecisionNumber", "1234/QĐ-UBND", "chairmanDecisionDate", "2026-03-20"));
        execute(jobFor(pi, "Task_ReturnResult"));
        assertThat(pi).isEnded().hasPassed("Task_PaymentReceived", "Task_FieldCheck", "Task_IssueResult");
        assertThat(reload(dossier).getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
    }

    @Test
    void p3CountsTheDepartmentsSevenDaysAndTheChairmansOwnBudget() {
        Dossier dossier = submit("P3");
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        ProcedureVersion p3 = version(dossier);
        assertThat(p3.departmentDays()).isEqualTo(7);
        // Received Monday 2 March 2026: 7 days of appraisal, 5 for the Chairman (to confirm), 1 to return.
        assertThat(reload(dossier).getAppointmentDate()).isEqualTo(LocalDate.of(2026, 3, 19));
        decide(dossier, "Task_Appraisal", "chuyenvien", SPECIALIST,
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đạt"));
        decide(dossier, "Task_Approval", "lanhdao", LEADER, Map.of("approvalDecision", "APPROVE"));
        // The Chairman's step gets its own 5 working days, not what is left of the Department's 7.
        Task submitToChairman = task(dossier, "Task_SubmitToChairman");
        assertThat(LocalDate.ofInstant(submitToChairman.getDueDate().toInstant(), VN)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    /** P5, P6 and P7 run the whole way: received, appraised, approved, decided by the Chairman, returned. */
    @ParameterizedTest
    @ValueSource(strings = {"P5", "P6", "P7"})
    void aNewProcedureRunsFromSubmissionToItsReturnedDecision(String procedureId) {
        Dossier dossier = submit(procedureId);
        ProcessInstance pi = instance(dossier);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        Dossier received = reload(dossier);
        ProcedureVersion version = version(received);
        assertThat(version.procedureId()).isEqualTo(procedureId);
        assertThat(received.getAppointmentDate())
                .isEqualTo(deadlines.addWorkingDays(received.getReceiptDay(), version.deadlineDays()));
        assertThat(pi).isWaitingAt("Task_Appraisal");
        decide(dossier, "Task_Appraisal", "chuyenvien", SPECIALIST, Map.of("appraisalDecision", "PROPOSE_APPROVE",
                "fieldCheckRequired", true, "appraisalNote", "Hồ sơ đầy đủ"));
        decide(dossier, "Task_FieldCheck", "chuyenvien", SPECIALIST, Map.of("fieldCheckResult", "MET",
                "fieldCheckNote", "Đã kiểm tra thực tế"));
        decide(dossier, "Task_Approval", "lanhdao", LEADER, Map.of("approvalDecision", "APPROVE"));
        decide(dossier, "Task_SubmitToChairman", "chuyenvien", SPECIALIST, Map.of("submissionNumber", "301/TTr-SGDĐT"));
        decide(dossier, "Task_RecordChairmanDecision", "chuyenvien", SPECIALIST, Map.of("chairmanDecision", "APPROVED",
                "chairmanDecisionNumber", "2001/QĐ-UBND", "chairmanDecisionDate", "2026-03-04"));
        execute(jobFor(pi, "Task_ReturnResult"));
        assertThat(pi).isEnded().hasPassed("Task_FieldCheck", "Task_IssueResult", "EndEvent_ResultReturned");
        Dossier done = reload(dossier);
        assertThat(done.getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(done.getOutcome()).isEqualTo(Outcome.RESULT);
        assertThat(documentTypes(done)).contains("RECEIPT", "RESULT");
    }

    @Test
    void aDissolutionTheChairmanRefusesIsAnsweredWithReasons() {
        Dossier dossier = submit("P7");
        ProcessInstance pi = instance(dossier);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        decide(dossier, "Task_Appraisal", "chuyenvien", SPECIALIST,
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Phương án người học chưa đủ"));
        decide(dossier, "Task_Approval", "lanhdao", LEADER, Map.of("approvalDecision", "APPROVE"));
        decide(dossier, "Task_SubmitToChairman", "chuyenvien", SPECIALIST, Map.of("submissionNumber", "302/TTr-SGDĐT"));
        decide(dossier, "Task_RecordChairmanDecision", "chuyenvien", SPECIALIST, Map.of("chairmanDecision", "REFUSED",
                "chairmanDecisionNumber", "90/UBND-VX", "chairmanDecisionDate", "2026-03-05",
                "chairmanNote", "Chưa có phương án chuyển người học sang cơ sở khác"));
        execute(jobFor(pi, "Task_ReturnResult"));
        assertThat(pi).isEnded().hasPassed("Task_DecideRefusal", "EndEvent_ResultReturned");
        Dossier done = reload(dossier);
        assertThat(done.getOutcome()).isEqualTo(Outcome.REFUSED);
        assertThat(documentTypes(done)).contains("REFUSAL_REPLY");
    }

    @Test
    void chairmanRefusesAndTheRefusalIsReturned() {
        Dossier dossier = submit("P9");
        ProcessInstance pi = instance(dossier);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        decide(dossier, "Task_Appraisal", "chuyenvien", SPECIALIST,
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đạt"));
        decide(dossier, "Task_Approval", "lanhdao", LEADER, Map.of("approvalDecision", "APPROVE"));
        decide(dossier, "Task_SubmitToChairman", "chuyenvien", SPECIALIST, Map.of("submissionNumber", "126/TTr-SGDĐT"));
        decide(dossier, "Task_RecordChairmanDecision", "chuyenvien", SPECIALIST, Map.of("chairmanDecision", "REFUSED",
                "chairmanDecisionNumber", "88/UBND-VX", "chairmanDecisionDate", "2026-03-10",
                "chairmanNote", "Người được đề nghị chưa đủ tiêu chuẩn"));
        execute(jobFor(pi, "Task_ReturnResult"));
        assertThat(pi).isEnded().hasPassed("Task_DecideRefusal", "EndEvent_ResultReturned");
        Dossier done = reload(dossier);
        assertThat(done.getOutcome()).isEqualTo(Outcome.REFUSED);
        assertThat(documentTypes(done)).contains("REFUSAL_REPLY").doesNotContain("REFUSAL");
    }

    @Test
    void unpaidFeeStopsProcessing() {
        Dossier dossier = submit(TEST_PROCEDURE_WITH_FEE);
        ProcessInstance pi = instance(dossier);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        execute(timer(pi, "Timer_PaymentExpired"));
        assertThat(pi).isEnded().hasPassed("Task_StopUnpaid");
        Dossier stopped = reload(dossier);
        assertThat(stopped.getStatus()).isEqualTo(DossierStatus.STOPPED);
        assertThat(documentTypes(stopped)).contains("STOP_NOTICE");
    }

    @Test
    void supplementDuringAppraisalPausesTheClock() {
        Dossier dossier = submit("P1");
        ProcessInstance pi = instance(dossier);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        LocalDate appointment = reload(dossier).getAppointmentDate();
        decide(dossier, "Task_Appraisal", "chuyenvien", SPECIALIST,
                Map.of("appraisalDecision", "SUPPLEMENT", "appraisalNote", "Bổ sung hợp đồng thuê nhà xưởng"));
        assertThat(pi).isWaitingAt("Task_AwaitSupplement");
        assertThat(reload(dossier).isClockPaused()).isTrue();
        assertThat(timer(pi, "Timer_Overdue").isSuspended()).as("deadline timers wait with the clock").isTrue();

        at(2026, 3, 5, 10, 0); // three working days later (Tue, Wed, Thu)
        applicant.supplement(dossier.getCode(), "congdan", "Đã bổ sung hợp đồng", List.of());
        Dossier resumed = reload(dossier);
        assertThat(resumed.getAppointmentDate()).isEqualTo(deadlines.addWorkingDays(appointment, 3));
        assertThat(resumed.getPausedWorkingDays()).isEqualTo(3);
        Job overdue = timer(pi, "Timer_Overdue");
        assertThat(overdue.isSuspended()).isFalse();
        assertThat(LocalDate.ofInstant(overdue.getDuedate().toInstant(), VN))
                .isEqualTo(resumed.getAppointmentDate().plusDays(1));
        assertThat(pi).isWaitingAt("Task_Appraisal");
    }

    @Test
    void unansweredSupplementDuringAppraisalStopsProcessing() {
        Dossier dossier = submit("P1");
        ProcessInstance pi = instance(dossier);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        decide(dossier, "Task_Appraisal", "chuyenvien", SPECIALIST,
                Map.of("appraisalDecision", "SUPPLEMENT", "appraisalNote", "Bổ sung danh sách nhà giáo"));
        execute(timer(pi, "Timer_SupplementExpired"));
        assertThat(pi).isEnded().hasPassed("Task_StopUnanswered", "EndEvent_Stopped");
        assertThat(reload(dossier).getStatus()).isEqualTo(DossierStatus.STOPPED);
    }

    @Test
    void leaderReturnsThenRefuses() {
        Dossier dossier = submit("P8");
        ProcessInstance pi = instance(dossier);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        decide(dossier, "Task_Appraisal", "chuyenvien", SPECIALIST,
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đạt"));
        decide(dossier, "Task_Approval", "lanhdao", LEADER,
                Map.of("approvalDecision", "RETURN", "approvalNote", "Làm rõ nhiệm kỳ hội đồng quản trị"));
        assertThat(pi).isWaitingAt("Task_Appraisal");
        decide(dossier, "Task_Appraisal", "chuyenvien", SPECIALIST,
                Map.of("appraisalDecision", "PROPOSE_REFUSE", "appraisalNote", "Biên bản họp không hợp lệ"));
        decide(dossier, "Task_Approval", "lanhdao", LEADER,
                Map.of("approvalDecision", "REFUSE", "approvalNote", "Biên bản họp hội đồng không hợp lệ"));
        execute(jobFor(pi, "Task_ReturnResult"));
        assertThat(pi).isEnded().hasPassed("Task_DecideRefusal");
        assertThat(reload(dossier).getOutcome()).isEqualTo(Outcome.REFUSED);
        assertThat(reload(dossier).getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
    }

    @Test
    void applicantWithdrawsDuringAppraisal() {
        Dossier dossier = submit("P1");
        ProcessInstance pi = instance(dossier);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        applicant.withdraw(dossier.getCode(), "congdan", "Cơ sở điều chỉnh kế hoạch tuyển sinh");
        assertThat(pi).isEnded().hasPassed("Task_Withdraw", "EndEvent_Withdrawn");
        assertThat(reload(dossier).getStatus()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThatThrownBy(() -> applicant.withdraw(dossier.getCode(), "congdan", "lần nữa"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void deadlineWarningAndOverdueEscalationWithApology() {
        Dossier dossier = submit("P1");
        ProcessInstance pi = instance(dossier);
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        execute(timer(pi, "Timer_DueSoon"));
        assertThat(dossiers.history(reload(dossier))).extracting(DossierHistoryEntry::getAction).contains("DUE_SOON");

        at(2026, 3, 17, 8, 0); // the appointment (16 March) has passed
        execute(timer(pi, "Timer_Overdue"));
        assertThat(pi).isWaitingAt("Task_Appraisal", "Task_ExtendDeadline");
        decide(dossier, "Task_ExtendDeadline", "lanhdao", LEADER,
                Map.of("newAppointmentDate", "2026-03-24", "apologyReason", "Cần xác minh thêm hồ sơ nhà giáo"));
        Dossier rescheduled = reload(dossier);
        assertThat(rescheduled.getAppointmentDate()).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(rescheduled.getOriginalAppointmentDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(documentTypes(rescheduled)).contains("APOLOGY");
        assertThat(pi).hasPassed("Task_IssueApology", "EndEvent_Apologised").isWaitingAt("Task_Appraisal");
        // Returning the result ends the escalation branch too.
        decide(dossier, "Task_Appraisal", "chuyenvien", SPECIALIST,
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đạt"));
        decide(dossier, "Task_Approval", "lanhdao", LEADER, Map.of("approvalDecision", "APPROVE"));
        execute(jobFor(pi, "Task_ReturnResult"));
        assertThat(pi).isEnded();
        DossierHistoryEntry late = dossiers.history(reload(dossier)).stream()
                .filter(e -> "PROPOSE_APPROVE".equals(e.getAction())).findFirst().orElseThrow();
        assertThat(late.getTimeliness()).isEqualTo(Timeliness.LATE);
    }

    @Test
    void supplementRoundsAreLimitedByTheCatalogue() {
        Dossier dossier = submit("P1");
        int rounds = version(dossier).supplement().maxRounds();
        for (int i = 0; i < rounds; i++) {
            decide(dossier, "Task_Reception", "tiepnhan", RECEPTION,
                    Map.of("receptionDecision", "SUPPLEMENT", "decisionNote", "Bổ sung lần " + (i + 1)));
            applicant.supplement(dossier.getCode(), "congdan", "Đã bổ sung", List.of());
        }
        Task reception = task(dossier, "Task_Reception");
        assertThatThrownBy(() -> work.complete(reception.getId(), "tiepnhan", RECEPTION,
                Map.of("receptionDecision", "SUPPLEMENT", "decisionNote", "Thêm nữa")))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(instance(dossier)).isWaitingAt("Task_Reception");
        assertThat(reload(dossier).getSupplementRounds()).isEqualTo(rounds);
    }

    @Test
    void aSpecialistCannotWorkTheLeadersTask() {
        Dossier dossier = submit("P1");
        decide(dossier, "Task_Reception", "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        decide(dossier, "Task_Appraisal", "chuyenvien", SPECIALIST,
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đạt"));
        Task approval = task(dossier, "Task_Approval");
        assertThatThrownBy(() -> work.complete(approval.getId(), "chuyenvien", SPECIALIST,
                Map.of("approvalDecision", "APPROVE"))).isInstanceOf(TaskForbiddenException.class);
    }

    @Test
    void invalidDecisionIsRejectedWithTheField() {
        Dossier dossier = submit("P1");
        Task reception = task(dossier, "Task_Reception");
        assertThatThrownBy(() -> work.complete(reception.getId(), "tiepnhan", RECEPTION,
                Map.of("receptionDecision", "MAYBE")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("receptionDecision"));
        assertThat(instance(dossier)).isWaitingAt("Task_Reception");
    }

    // --- helpers -----------------------------------------------------------------------------

    private void at(int year, int month, int day, int hour, int minute) {
        clock.setTo(LocalDateTime.of(year, month, day, hour, minute).atZone(VN).toInstant());
    }

    private Dossier submit(String procedureId) {
        return submission.submit(submissions.valid(procedureId, "congdan", UUID.randomUUID().toString())).dossier();
    }

    private ProcessInstance instance(Dossier dossier) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossier.getCode()).singleResult();
    }

    private Task task(Dossier dossier, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(dossier.getCode())
                .taskDefinitionKey(taskKey).initializeFormKeys().singleResult();
    }

    private void decide(Dossier dossier, String taskKey, String user, List<String> groups, Map<String, ?> form) {
        Task task = task(dossier, taskKey);
        if (task == null) {
            throw new AssertionError("Dossier " + dossier.getCode() + " has no open task " + taskKey);
        }
        work.complete(task.getId(), user, groups, form);
    }

    private Job timer(ProcessInstance pi, String timerId) {
        return management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(timerId).singleResult();
    }

    private Job jobFor(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }

    private Dossier reload(Dossier dossier) {
        return dossiers.get(dossier.getCode());
    }

    private List<String> documentTypes(Dossier dossier) {
        return dossiers.documents(dossier).stream().map(d -> d.type()).toList();
    }

    private ProcedureVersion version(Dossier dossier) {
        return catalogue.version(dossier.getProcedureId(), dossier.getProcedureVersion());
    }
}
