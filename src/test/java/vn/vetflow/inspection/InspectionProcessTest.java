package vn.vetflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static vn.vetflow.inspection.InspectionTestSupport.INSPECTOR;
import static vn.vetflow.inspection.InspectionTestSupport.LEADER;
import static vn.vetflow.inspection.InspectionTestSupport.STAFF;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.vetflow.institution.Institutions;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.support.ProcessCoverageGate;
import vn.vetflow.support.VetflowTest;
import vn.vetflow.tasks.TaskConflictException;
import vn.vetflow.tasks.TaskForbiddenException;
import vn.vetflow.tasks.TaskGoneException;

/**
 * Every path of processes/specialized-inspection.bpmn, its timers and escalations, driven through the
 * module's own service (so forms, records, events and the classification run for real).
 */
@VetflowTest
@ProcessCoverageGate(process = InspectionProcess.KEY, atLeast = 0.9)
class InspectionProcessTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired ProcessEngine engine;
    @Autowired vn.vetflow.support.EventPublications publications;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired Inspections inspections;
    @Autowired InspectionTestSupport support;
    @Autowired AdjustableClock clock;
    @Autowired Institutions institutions;
    @Autowired InspectionEventLog eventLog;
    @Autowired InspectionEventCapture captured;
    @Autowired vn.vetflow.notification.CapturingMailer mailer;

    @BeforeEach
    void setUp() {
        init(engine);
        support.ensure();
        at(2026, 3, 2, 9, 0); // Monday 2 March 2026
        captured.events.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fullInspectionWithLoopsViolationAndRemediationIsClosedAsDigital() {
        String code = support.start();
        ProcessInstance pi = instance(code);
        assertThat(pi).isWaitingAt("Task_DraftDecision");
        assertThat(inspections.get(code).stage()).isEqualTo(InspectionStage.DECISION);

        support.work(code, "Task_DraftDecision", "ktinspector", INSPECTOR, InspectionTestSupport.decision());
        support.work(code, "Task_SignDecision", "ktleader", LEADER,
                Map.of("decisionSignoff", "RETURN", "signoffNote", "Bổ sung căn cứ"));
        assertThat(pi).isWaitingAt("Task_DraftDecision");
        support.work(code, "Task_DraftDecision", "ktinspector", INSPECTOR, InspectionTestSupport.decision());
        support.work(code, "Task_SignDecision", "ktleader", LEADER, Map.of("decisionSignoff", "SIGN"));
        assertThat(pi).isWaitingAt("Task_Plan");
        Inspection signed = inspections.get(code);
        assertThat(signed.decisionSignedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(signed.mode()).isEqualTo("ON_SITE");
        InspectionDocument decision = last(code, "DECISION");
        assertThat(decision.signedBy()).isEqualTo("ktleader");
        // Numbered from the Department's register when signed; its PDF is made after commit.
        assertThat(decision.number()).matches("\\d+/QĐ-SGDĐT").isEqualTo(inspections.get(code).decisionNumber());
        publications.awaitReactions();
        assertThat(last(code, "DECISION").hasPdf()).isTrue();

        support.work(code, "Task_Plan", "ktinspector", INSPECTOR, InspectionTestSupport.plan("ktinspector"));
        // The plan and team go to whoever signed the decision, nobody else.
        assertThat(support.task(code, "Task_ApprovePlan").getAssignee()).isEqualTo("ktleader");
        assertThatThrownBy(() -> support.work(code, "Task_ApprovePlan", "ktinspector", INSPECTOR,
                Map.of("planApproval", "APPROVE"))).isInstanceOf(TaskForbiddenException.class);
        support.work(code, "Task_ApprovePlan", "ktleader", LEADER, Map.of("planApproval", "RETURN"));
        assertThat(pi).isWaitingAt("Task_Plan");
        support.planApproved(code);
        assertThat(last(code, "PLAN").signedBy()).isEqualTo("ktleader");
        assertThat(inspections.team(code)).extracting(InspectionStore.TeamMember::username)
                .containsExactlyInAnyOrder("ktinspector", "ktleader");
        assertThat(pi).isWaitingAt("Task_Notice");
        // Notice: 3 working days after the decision (Mon 2 → Thu 5 March).
        assertThat(deadline(code, "notice")).isEqualTo(LocalDate.of(2026, 3, 5));
        support.work(code, "Task_Notice", "ktinspector", INSPECTOR, InspectionTestSupport.notice("SYSTEM"));
        support.work(code, "Task_Announce", "ktinspector", INSPECTOR, Map.of("announcedOn", "2026-03-03"));
        assertThat(pi).isWaitingAt("Task_SelfAssessment");
        assertThat(inspections.get(code).stage()).isEqualTo(InspectionStage.SELF_ASSESSMENT);

        // Only the institution's own staff may submit its self-assessment.
        assertThatThrownBy(() -> support.work(code, "Task_SelfAssessment", "ktother", STAFF,
                Map.of("selfAssessment", "x"))).isInstanceOf(TaskForbiddenException.class);
        assertThatThrownBy(() -> support.work(code, "Task_SelfAssessment", "ktinspector", INSPECTOR,
                Map.of("selfAssessment", "x"))).isInstanceOf(TaskForbiddenException.class);
        support.work(code, "Task_SelfAssessment", "ktstaff", STAFF,
                InspectionTestSupport.withFiles(Map.of("selfAssessment", "Báo cáo tự đánh giá")));
        assertThat(inspections.files(code)).extracting(InspectionFile::purpose).contains("EVIDENCE");

        // The checklist must be complete, a finding needs a note.
        assertThatThrownBy(() -> support.work(code, "Task_Check", "ktinspector", INSPECTOR,
                Map.of("checkMode", "ON_SITE", "checkSummary", "x"))).isInstanceOf(InvalidRequestException.class);
        support.work(code, "Task_Check", "ktinspector", INSPECTOR, support.check(Map.of("TEA-01", true, "REP-01", false)));
        assertThat(inspections.findings(code)).extracting(Finding::itemCode, Finding::violation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TEA-01", true),
                        org.assertj.core.groups.Tuple.tuple("REP-01", false));

        support.work(code, "Task_Minutes", "ktinspector", INSPECTOR,
                Map.of("minutesPlace", "Trụ sở cơ sở", "minutesContent", "Nội dung biên bản"));
        assertThat(pi).isWaitingAt("Task_AckMinutesLead", "Task_AckMinutesInstitution");
        publications.awaitReactions();
        assertThat(last(code, "MINUTES").hasPdf()).isTrue();
        // Only the team lead acknowledges for the team.
        assertThatThrownBy(() -> support.work(code, "Task_AckMinutesLead", "ktleader", LEADER,
                Map.of("leadAcknowledgement", true))).isInstanceOf(Exception.class);
        support.work(code, "Task_AckMinutesLead", "ktinspector", INSPECTOR, Map.of("leadAcknowledgement", true));
        support.work(code, "Task_AckMinutesInstitution", "ktstaff", STAFF,
                Map.of("institutionAcknowledgement", "AGREE", "representative", "Nguyễn Văn Hiệu trưởng"));
        assertThat(pi).isWaitingAt("Task_HandleViolation");
        assertThat(inspections.get(code).stage()).isEqualTo(InspectionStage.VIOLATIONS);

        support.work(code, "Task_HandleViolation", "ktinspector", INSPECTOR,
                Map.of("handling", "SANCTION", "legalGround", "Nghị định 88/2022/NĐ-CP"));
        // A specialist is not a leader: cannot sign the sanction.
        assertThatThrownBy(() -> support.work(code, "Task_SignSanction", "ktspecialist", List.of("specialist", "gdnn"),
                Map.of("signedNumber", "1/QĐ-XPHC"))).isInstanceOf(TaskForbiddenException.class);
        support.work(code, "Task_SignSanction", "ktleader", LEADER, Map.of("signedNumber", "1/QĐ-XPHC"));
        assertThat(pi).isWaitingAt("Task_Report");
        Finding violation = inspections.findings(code).get(0);
        assertThat(violation.handling()).isEqualTo("SANCTION");
        assertThat(violation.signedNumber()).isEqualTo("1/QĐ-XPHC");
        assertThat(violation.handledAt()).isNotNull();

        support.work(code, "Task_Report", "ktinspector", INSPECTOR, Map.of("reportContent", "Báo cáo kết quả"));
        assertThat(pi).isWaitingAt("Task_DraftConclusion");
        LocalDate due = LocalDate.of(2026, 4, 30);
        support.work(code, "Task_DraftConclusion", "ktinspector", INSPECTOR,
                InspectionTestSupport.conclusion(due, "Bổ sung nhà giáo cơ hữu"));
        support.work(code, "Task_ApproveConclusion", "ktleader", LEADER, Map.of("conclusionApproval", "RETURN"));
        assertThat(pi).isWaitingAt("Task_DraftConclusion");
        support.work(code, "Task_DraftConclusion", "ktinspector", INSPECTOR,
                InspectionTestSupport.conclusion(due, "Bổ sung nhà giáo cơ hữu", "Giảm sĩ số lớp"));
        support.work(code, "Task_ApproveConclusion", "ktleader", LEADER, Map.of("conclusionApproval", "APPROVE"));
        assertThat(pi).isWaitingAt("Task_ReportRemediation");
        assertThat(inspections.get(code).stage()).isEqualTo(InspectionStage.REMEDIATION);
        assertThat(last(code, "CONCLUSION").channel()).isEqualTo("SYSTEM");
        assertThat(last(code, "CONCLUSION").hasPdf()).isTrue();
        assertThat(inspections.recommendations(code)).hasSize(2)
                .allMatch(r -> r.status() == RemediationStatus.OPEN && r.dueOn().equals(due));

        // Two recommendations, two branches: one sent back once, then both accepted.
        support.work(code, "Task_ReportRemediation", "ktstaff", STAFF,
                InspectionTestSupport.withFiles(Map.of("remediationReport", "Đã tuyển thêm nhà giáo")));
        support.work(code, "Task_VerifyRemediation", "ktinspector", INSPECTOR,
                Map.of("remediationVerdict", "SEND_BACK", "verificationNote", "Thiếu hợp đồng"));
        assertThat(inspections.recommendations(code)).extracting(Recommendation::status)
                .contains(RemediationStatus.SENT_BACK);
        support.work(code, "Task_ReportRemediation", "ktstaff", STAFF, Map.of("remediationReport", "Bổ sung hợp đồng"));
        support.work(code, "Task_ReportRemediation", "ktstaff", STAFF, Map.of("remediationReport", "Đã chia lớp"));
        support.work(code, "Task_VerifyRemediation", "ktinspector", INSPECTOR, Map.of("remediationVerdict", "ACCEPT"));
        support.work(code, "Task_VerifyRemediation", "ktinspector", INSPECTOR, Map.of("remediationVerdict", "ACCEPT"));

        assertThat(pi).isEnded().hasPassed("Task_Close", "EndEvent_Closed", "Task_PublishConclusion");
        Inspection closed = inspections.get(code);
        assertThat(closed.stage()).isEqualTo(InspectionStage.CLOSED);
        assertThat(closed.digital()).isTrue();
        assertThat(closed.reasons()).hasSize(7).allMatch(r -> r.endsWith(".met"));
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(institutions.byCode(InspectionTestSupport.INSTITUTION).orElseThrow().lastInspectedOn())
                .isEqualTo(LocalDate.of(2026, 3, 2));

        // Every event was published and the log replays the same, oldest first.
        List<Object> replayed = new ArrayList<>();
        eventLog.replay(event -> {
            if (code.equals(codeOf(event))) {
                replayed.add(event);
            }
        });
        List<Object> published = captured.events.stream().filter(e -> code.equals(codeOf(e))).toList();
        assertThat(replayed).isEqualTo(published);
        assertThat(published).filteredOn(InspectionStageChanged.class::isInstance)
                .extracting(e -> ((InspectionStageChanged) e).stage())
                .containsExactly(InspectionStage.DECISION, InspectionStage.PLANNING, InspectionStage.NOTICE,
                        InspectionStage.SELF_ASSESSMENT, InspectionStage.CHECK, InspectionStage.MINUTES,
                        InspectionStage.VIOLATIONS, InspectionStage.REPORT, InspectionStage.CONCLUSION,
                        InspectionStage.REMEDIATION, InspectionStage.CLOSED);
        assertThat(published).filteredOn(FindingRecorded.class::isInstance).hasSize(2);
        assertThat(published).filteredOn(RemediationChanged.class::isInstance)
                .extracting(e -> ((RemediationChanged) e).status())
                .containsExactlyInAnyOrder(RemediationStatus.OPEN, RemediationStatus.OPEN, RemediationStatus.REPORTED,
                        RemediationStatus.SENT_BACK, RemediationStatus.REPORTED, RemediationStatus.REPORTED,
                        RemediationStatus.ACCEPTED, RemediationStatus.ACCEPTED);
        assertThat(published.get(published.size() - 1)).isInstanceOfSatisfying(InspectionClassified.class,
                c -> assertThat(c.digital()).isTrue());
    }

    @Test
    void leaderCanDecideNotToInspect() {
        String code = support.start();
        ProcessInstance pi = instance(code);
        support.work(code, "Task_DraftDecision", "ktinspector", INSPECTOR, InspectionTestSupport.decision());
        support.work(code, "Task_SignDecision", "ktleader", LEADER, Map.of("decisionSignoff", "CANCEL"));
        assertThat(pi).isEnded().hasPassed("Task_Cancel", "EndEvent_Cancelled");
        assertThat(inspections.get(code).stage()).isEqualTo(InspectionStage.CANCELLED);
        assertThat(inspections.get(code).digital()).isNull();
    }

    @Test
    void violationsGoToTheChairmanOrElsewhereAndPaperStepsMakeItNotDigital() {
        String code = support.start();
        ProcessInstance pi = instance(code);
        toCheck(code, "PAPER", false);
        support.work(code, "Task_Check", "ktinspector", INSPECTOR,
                support.check(Map.of("NAM-01", true, "ADV-01", true, "EXA-01", true)));
        minutesAcknowledged(code);
        assertThat(pi).isWaitingAt("Task_HandleViolation");
        List<String> handlings = List.of("CHAIRMAN", "TRANSFER", "RECORD_ONLY");
        for (String handling : handlings) {
            support.work(code, "Task_HandleViolation", "ktinspector", INSPECTOR,
                    Map.of("handling", handling, "legalGround", "Nghị định 88/2022/NĐ-CP"));
        }
        support.work(code, "Task_SignChairmanSubmission", "ktleader", LEADER, Map.of("signedNumber", "5/TTr-SGDĐT"));
        // A transfer is sent under a numbered letter before the violation counts as handled.
        assertThat(pi).isWaitingAt("Task_TransferViolation");
        support.work(code, "Task_TransferViolation", "ktinspector", INSPECTOR,
                Map.of("transferNumber", "8/SGDĐT-KT", "transferRecipient", "Ủy ban nhân dân tỉnh Lào Cai"));
        assertThat(pi).isWaitingAt("Task_Report");
        assertThat(inspections.findings(code)).extracting(Finding::handling)
                .containsExactlyInAnyOrderElementsOf(handlings);
        assertThat(inspections.documents(code)).extracting(InspectionDocument::type).contains("CHAIRMAN_SUBMISSION");

        support.work(code, "Task_Report", "ktinspector", INSPECTOR, Map.of("reportContent", "Báo cáo"));
        support.work(code, "Task_DraftConclusion", "ktinspector", INSPECTOR,
                InspectionTestSupport.conclusion(LocalDate.of(2026, 5, 1)));
        support.work(code, "Task_ApproveConclusion", "ktleader", LEADER, Map.of("conclusionApproval", "APPROVE"));
        // No recommendation: nothing to remediate, the inspection closes.
        assertThat(pi).isEnded().hasPassed("Task_Close");
        Inspection closed = inspections.get(code);
        assertThat(closed.digital()).isFalse();
        assertThat(closed.reasons()).contains("inspection.rule.notice.unmet", "inspection.rule.evidence.unmet",
                "inspection.rule.decision.met", "inspection.rule.minutes.met");
    }

    @Test
    void noFindingsSkipsTheViolations() {
        String code = support.start();
        ProcessInstance pi = instance(code);
        toCheck(code, "SYSTEM", true);
        support.work(code, "Task_Check", "ktinspector", INSPECTOR, support.check(Map.of()));
        minutesAcknowledged(code);
        assertThat(pi).isWaitingAt("Task_Report");
        assertThat(inspections.findings(code)).isEmpty();
    }

    @Test
    void twoInspectorsSendingTheSameStepCompleteItOnce() throws Exception {
        String code = support.start();
        String taskId = support.task(code, "Task_DraftDecision").getId();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<String>> results = new ArrayList<>();
        for (String who : List.of("ktinspector", "ktinspector2")) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    support.complete(taskId, who, INSPECTOR,
                            Inspections.StepInput.of(InspectionTestSupport.decision()));
                    return "done";
                } catch (TaskConflictException | TaskGoneException e) {
                    return "lost";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (var result : results) {
            outcomes.add(result.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("done", "lost");
        assertThat(inspections.documents(code)).filteredOn(d -> d.type().equals("DECISION")).hasSize(1);
        assertThat(support.openSteps(code))
                .containsExactly("Task_SignDecision");
    }

    // --- timers and escalations ------------------------------------------------------------------

    @Test
    void lateNoticeIsEscalatedAndTheTaskStays() {
        String code = support.start();
        ProcessInstance pi = instance(code);
        support.work(code, "Task_DraftDecision", "ktinspector", INSPECTOR, InspectionTestSupport.decision());
        support.work(code, "Task_SignDecision", "ktleader", LEADER, Map.of("decisionSignoff", "SIGN"));
        support.planApproved(code);
        Job timer = job(pi, "Timer_NoticeOverdue");
        assertThat(timer.getDuedate().toInstant().atZone(VN).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(support.task(code, "Task_Notice").getDueDate()).isEqualTo(timer.getDuedate());
        execute(timer);
        assertThat(pi).hasPassed("Task_EscalateNotice", "EndEvent_NoticeEscalated").isWaitingAt("Task_Notice");
        assertThat(escalated(code, "notice")).isTrue();
        // The unit's leaders are told by mail.
        publications.awaitReactions();
        assertThat(mailer.to(InspectionTestSupport.LEADER_EMAIL)).anySatisfy(mail ->
                assertThat(mail.toString()).contains(code, "Gửi thông báo kiểm tra"));
    }

    @Test
    void selfAssessmentIsRemindedThenEscalated() {
        String code = support.start();
        ProcessInstance pi = instance(code);
        support.work(code, "Task_DraftDecision", "ktinspector", INSPECTOR, InspectionTestSupport.decision());
        support.work(code, "Task_SignDecision", "ktleader", LEADER, Map.of("decisionSignoff", "SIGN"));
        support.planApproved(code);
        support.work(code, "Task_Notice", "ktinspector", INSPECTOR, InspectionTestSupport.notice("SYSTEM"));
        support.work(code, "Task_Announce", "ktinspector", INSPECTOR, Map.of("announcedOn", "2026-03-03"));
        // 10 working days from Mon 2 March: Mon 16 March; reminder 2 working days earlier, Thu 12 March 08:00.
        assertThat(deadline(code, "selfAssessment")).isEqualTo(LocalDate.of(2026, 3, 16));
        Job reminder = job(pi, "Timer_SelfAssessmentReminder");
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(
                LocalDateTime.of(2026, 3, 12, 8, 0).atZone(VN).toInstant());
        execute(reminder);
        assertThat(pi).hasPassed("Task_RemindSelfAssessment").isWaitingAt("Task_SelfAssessment");
        execute(job(pi, "Timer_SelfAssessmentOverdue"));
        assertThat(pi).hasPassed("Task_EscalateSelfAssessment").isWaitingAt("Task_SelfAssessment");
        assertThat(inspections.deadlines(code)).filteredOn(d -> d.kind().equals("selfAssessment"))
                .allMatch(d -> d.remindedAt() != null && d.escalatedAt() != null);
    }

    @Test
    void lateCheckReportAndConclusionAreEscalated() {
        String code = support.start();
        ProcessInstance pi = instance(code);
        toCheck(code, "SYSTEM", true);
        execute(job(pi, "Timer_CheckOverdue"));
        assertThat(pi).hasPassed("Task_EscalateCheck");
        support.work(code, "Task_Check", "ktinspector", INSPECTOR, support.check(Map.of()));
        minutesAcknowledged(code);
        execute(job(pi, "Timer_ReportOverdue"));
        assertThat(pi).hasPassed("Task_EscalateReport").isWaitingAt("Task_Report");
        support.work(code, "Task_Report", "ktinspector", INSPECTOR, Map.of("reportContent", "Báo cáo"));
        // The conclusion: 15 calendar days.
        assertThat(deadline(code, "conclusion")).isEqualTo(LocalDate.of(2026, 3, 17));
        execute(job(pi, "Timer_ConclusionOverdue"));
        assertThat(pi).hasPassed("Task_EscalateConclusion").isWaitingAt("Task_DraftConclusion");
        assertThat(escalated(code, "check")).isTrue();
        assertThat(escalated(code, "report")).isTrue();
        assertThat(escalated(code, "conclusion")).isTrue();
    }

    @Test
    void overdueRemediationIsEscalatedPerRecommendation() {
        String code = support.start();
        ProcessInstance pi = instance(code);
        toCheck(code, "SYSTEM", true);
        support.work(code, "Task_Check", "ktinspector", INSPECTOR, support.check(Map.of("REP-01", false)));
        minutesAcknowledged(code);
        support.work(code, "Task_Report", "ktinspector", INSPECTOR, Map.of("reportContent", "Báo cáo"));
        support.work(code, "Task_DraftConclusion", "ktinspector", INSPECTOR,
                InspectionTestSupport.conclusion(LocalDate.of(2026, 3, 20), "Nộp báo cáo định kỳ"));
        support.work(code, "Task_ApproveConclusion", "ktleader", LEADER, Map.of("conclusionApproval", "APPROVE"));
        Job overdue = job(pi, "Timer_RemediationOverdue");
        assertThat(overdue.getDuedate().toInstant().atZone(VN).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        execute(overdue);
        assertThat(pi).hasPassed("Task_EscalateRemediation").isWaitingAt("Task_ReportRemediation");
        long id = inspections.recommendations(code).get(0).id();
        assertThat(escalated(code, "remediation-" + id)).isTrue();
    }

    @Test
    void theInstitutionRefusingTheMinutesLeavesThemToTheTeamAndAWitness() {
        String code = support.start();
        ProcessInstance pi = instance(code);
        toCheck(code, "SYSTEM", true);
        support.work(code, "Task_Check", "ktinspector", INSPECTOR, support.check(Map.of("TEA-01", true)));
        support.work(code, "Task_Minutes", "ktinspector", INSPECTOR,
                Map.of("minutesPlace", "Trụ sở", "minutesContent", "Biên bản"));
        support.work(code, "Task_AckMinutesLead", "ktinspector", INSPECTOR, Map.of("leadAcknowledgement", true));
        support.work(code, "Task_AckMinutesInstitution", "ktstaff", STAFF,
                Map.of("institutionAcknowledgement", "REFUSE", "representative", "Hiệu trưởng"));
        assertThat(pi).isWaitingAt("Task_WitnessMinutes");
        Map<String, Object> witness = Map.of("witnessName", "Bà Lò Thị Mai", "witnessPosition",
                "Phó Chủ tịch UBND phường", "witnessNote", "Đại diện cơ sở từ chối ký");
        // Only the team lead records it for the team.
        support.ensureInspector("ktinspector2");
        assertThatThrownBy(() -> support.work(code, "Task_WitnessMinutes", "ktinspector2", INSPECTOR, witness))
                .isInstanceOf(InvalidRequestException.class);
        support.work(code, "Task_WitnessMinutes", "ktinspector", INSPECTOR, witness);
        assertThat(pi).isWaitingAt("Task_HandleViolation");
        InspectionStore.MinutesAnswer answer = inspections.minutesAnswer(code).orElseThrow();
        assertThat(answer.answer()).isEqualTo("REFUSED");
        assertThat(answer.witness()).isEqualTo("Bà Lò Thị Mai");
        assertThat(answer.witnessPosition()).isEqualTo("Phó Chủ tịch UBND phường");
        assertThat(answer.witnessedBy()).isEqualTo("ktinspector");
        assertThat(last(code, "MINUTES").institutionAcknowledgedBy()).isNull();
        // The witness record is drawn up and signed in vetflow: the minutes still count as done digitally.
        InspectionDocument record = last(code, "WITNESS_RECORD");
        assertThat(record.inSystem()).isTrue();
        assertThat(record.signedBy()).isEqualTo("ktinspector");
        assertThat(DigitalRule.classify(inspections.get(code), inspections.documents(code), inspections.files(code))
                .reasons()).contains("inspection.rule.minutes.met");
        // The violation's own limit runs: 2 working days from Mon 2 March.
        long violation = inspections.findings(code).get(0).id();
        assertThat(deadline(code, "violationRecord-" + violation)).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void silenceOnTheMinutesEndsAtTheLimitAndTheTeamRecordsAWitness() {
        String code = support.start();
        ProcessInstance pi = instance(code);
        toCheck(code, "SYSTEM", true);
        support.work(code, "Task_Check", "ktinspector", INSPECTOR, support.check(Map.of()));
        support.work(code, "Task_Minutes", "ktinspector", INSPECTOR,
                Map.of("minutesPlace", "Trụ sở", "minutesContent", "Biên bản"));
        support.work(code, "Task_AckMinutesLead", "ktinspector", INSPECTOR, Map.of("leadAcknowledgement", true));
        Job limit = job(pi, "Timer_MinutesAckOverdue");
        // 2 working days from Mon 2 March.
        assertThat(limit.getDuedate().toInstant().atZone(VN).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(support.task(code, "Task_AckMinutesInstitution").getDueDate()).isEqualTo(limit.getDuedate());
        execute(limit);
        assertThat(pi).hasPassed("Timer_MinutesAckOverdue").isWaitingAt("Task_WitnessMinutes");
        assertThat(support.openSteps(code)).doesNotContain("Task_AckMinutesInstitution");
        support.work(code, "Task_WitnessMinutes", "ktinspector", INSPECTOR, Map.of("witnessName", "Ông Hà Văn Bình",
                "witnessPosition", "Công chức văn hoá - xã hội phường", "witnessNote", "Cơ sở không ký trong thời hạn"));
        assertThat(pi).isWaitingAt("Task_Report");
        assertThat(inspections.minutesAnswer(code).orElseThrow().answer()).isEqualTo("SILENT");
    }

    @Test
    void eachLimitOnHandlingAViolationIsEscalatedPerViolation() {
        String code = support.start();
        ProcessInstance pi = instance(code);
        toCheck(code, "SYSTEM", true);
        support.work(code, "Task_Check", "ktinspector", INSPECTOR,
                support.check(Map.of("NAM-01", true, "ADV-01", true, "EXA-01", true)));
        minutesAcknowledged(code);
        List<Job> recordLimits = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("Timer_ViolationRecordOverdue").list();
        assertThat(recordLimits).hasSize(3);
        execute(recordLimits.get(0));
        for (String handling : List.of("SANCTION", "CHAIRMAN", "INVESTIGATION")) {
            support.work(code, "Task_HandleViolation", "ktinspector", INSPECTOR,
                    Map.of("handling", handling, "legalGround", "Nghị định 88/2022/NĐ-CP"));
        }
        // The sanction decision: 7 calendar days (Mon 2 → Mon 9 March); transfer and Chairman: 3 working days.
        assertThat(job(pi, "Timer_SanctionOverdue").getDuedate().toInstant().atZone(VN).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(job(pi, "Timer_TransferOverdue").getDuedate().toInstant().atZone(VN).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 5));
        execute(job(pi, "Timer_SanctionOverdue"));
        execute(job(pi, "Timer_ChairmanOverdue"));
        execute(job(pi, "Timer_TransferOverdue"));
        assertThat(pi).hasPassed("EndEvent_ViolationEscalated")
                .isWaitingAt("Task_SignSanction", "Task_SignChairmanSubmission", "Task_TransferViolation");
        for (Finding f : inspections.findings(code)) {
            String limitKind = switch (f.handling()) {
                case "SANCTION" -> "sanction";
                case "CHAIRMAN" -> "chairman";
                default -> "transfer";
            };
            assertThat(escalated(code, limitKind + "-" + f.id())).isTrue();
        }
        assertThat(inspections.deadlines(code)).filteredOn(d -> d.kind().startsWith("violationRecord-"))
                .hasSize(3).filteredOn(d -> d.escalatedAt() != null).hasSize(1);
        publications.awaitReactions();
        assertThat(mailer.to(InspectionTestSupport.LEADER_EMAIL)).anySatisfy(mail ->
                assertThat(mail.toString()).contains(code, "Ra quyết định xử phạt vi phạm số"));

        support.work(code, "Task_SignSanction", "ktleader", LEADER, Map.of("signedNumber", "2/QĐ-XPHC"));
        support.work(code, "Task_SignChairmanSubmission", "ktleader", LEADER, Map.of("signedNumber", "6/TTr-SGDĐT"));
        support.work(code, "Task_TransferViolation", "ktinspector", INSPECTOR,
                Map.of("transferNumber", "7/SGDĐT-KT", "transferRecipient", "Cơ quan Cảnh sát điều tra Công an tỉnh"));
        assertThat(pi).isWaitingAt("Task_Report");
        assertThat(inspections.findings(code)).allMatch(f -> f.handledAt() != null);
    }

    @Test
    void theReportsTenWorkingDaysCountFromTheEndOfTheCheck() {
        String code = support.start();
        ProcessInstance pi = instance(code);
        toCheck(code, "SYSTEM", true);
        support.work(code, "Task_Check", "ktinspector", INSPECTOR, support.check(Map.of()));
        assertThat(inspections.get(code).checkEndedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        // The minutes take three days: the report's limit does not move (Mon 2 March + 10 working days).
        at(2026, 3, 5, 9, 0);
        minutesAcknowledged(code);
        assertThat(pi).isWaitingAt("Task_Report");
        assertThat(deadline(code, "report")).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void aStepOutOfOrderIsRefusedByTheInspectionWithItsReason() {
        String code = support.start();
        assertThatThrownBy(() -> inspections.record(code, "Task_Report", null, "ktinspector",
                Map.of("reportContent", "Báo cáo"), Inspections.StepInput.of(Map.of("reportContent", "Báo cáo"))))
                .isInstanceOfSatisfying(InspectionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("inspection.state.notReport"));
        assertThat(inspections.documents(code)).isEmpty();
        support.work(code, "Task_DraftDecision", "ktinspector", INSPECTOR, InspectionTestSupport.decision());
        support.work(code, "Task_SignDecision", "ktleader", LEADER, Map.of("decisionSignoff", "SIGN"));
        // The notice waits for the plan's approval.
        assertThatThrownBy(() -> inspections.record(code, "Task_Notice", null, "ktinspector",
                InspectionTestSupport.notice("SYSTEM"), Inspections.StepInput.of(InspectionTestSupport.notice("SYSTEM"))))
                .isInstanceOfSatisfying(InspectionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("inspection.state.planUnapproved"));
    }

    @Test
    void aPaperInspectionIsClosedAtOnceAndNeverDigital() {
        at(2026, 6, 1, 10, 0);
        String code = inspections.registerPaper(new Inspections.PaperInspection(InspectionTestSupport.OTHER_INSTITUTION,
                "Kiểm tra năm 2026 (hồ sơ giấy)", LocalDate.of(2026, 4, 1), "30/QĐ-SGDĐT", LocalDate.of(2026, 5, 15),
                "45/KL-SGDĐT", List.of(new Inspections.Upload("kl.pdf", "application/pdf",
                vn.vetflow.support.TestSubmissions.PDF))), "ktsupervisor");
        Inspection paper = inspections.get(code);
        assertThat(paper.paper()).isTrue();
        assertThat(paper.stage()).isEqualTo(InspectionStage.CLOSED);
        assertThat(paper.digital()).isFalse();
        assertThat(paper.reasons()).containsExactly("inspection.rule.paper");
        assertThat(paper.closedOn()).isEqualTo(LocalDate.of(2026, 5, 15));
        // Registered through the aggregate: exactly the events its registerPaper transition raises.
        Instant now = captured.events.stream().filter(e -> code.equals(codeOf(e)))
                .map(e -> ((InspectionStageChanged) e).at()).findFirst().orElseThrow();
        Inspection expected = Inspection.registerPaper(code, paper.institutionCode(), paper.institutionName(),
                "Kiểm tra năm 2026 (hồ sơ giấy)", "30/QĐ-SGDĐT", LocalDate.of(2026, 4, 1), "45/KL-SGDĐT",
                LocalDate.of(2026, 5, 15), List.of(), "ktsupervisor", now);
        assertThat(captured.events).filteredOn(e -> code.equals(codeOf(e)))
                .containsExactlyElementsOf(expected.changes().stream().filter(e -> !(e instanceof InspectionChange))
                        .toList());
        assertThat(inspections.documents(code)).extracting(InspectionDocument::type, InspectionDocument::number,
                InspectionDocument::inSystem, InspectionDocument::channel).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DECISION", "30/QĐ-SGDĐT", false, "PAPER"),
                org.assertj.core.groups.Tuple.tuple("CONCLUSION", "45/KL-SGDĐT", false, "PAPER"));
        assertThat(inspections.files(code)).extracting(InspectionFile::purpose, InspectionFile::fileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SCAN", "kl.pdf"));
        assertThatThrownBy(() -> inspections.registerPaper(new Inspections.PaperInspection(
                InspectionTestSupport.OTHER_INSTITUTION, "x", LocalDate.of(2026, 4, 1), "1", LocalDate.of(2026, 5, 1),
                "2", List.of()), "ktsupervisor")).isInstanceOf(InvalidRequestException.class);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void toCheck(String code, String noticeChannel, boolean evidence) {
        support.work(code, "Task_DraftDecision", "ktinspector", INSPECTOR, InspectionTestSupport.decision());
        support.work(code, "Task_SignDecision", "ktleader", LEADER, Map.of("decisionSignoff", "SIGN"));
        support.planApproved(code);
        support.work(code, "Task_Notice", "ktinspector", INSPECTOR, InspectionTestSupport.notice(noticeChannel));
        support.work(code, "Task_Announce", "ktinspector", INSPECTOR, Map.of("announcedOn", "2026-03-03"));
        Map<String, Object> self = Map.of("selfAssessment", "Báo cáo tự đánh giá");
        support.work(code, "Task_SelfAssessment", "ktstaff", STAFF,
                evidence ? InspectionTestSupport.withFiles(self) : Inspections.StepInput.of(self));
    }

    private void minutesAcknowledged(String code) {
        support.work(code, "Task_Minutes", "ktinspector", INSPECTOR,
                Map.of("minutesPlace", "Trụ sở", "minutesContent", "Biên bản"));
        support.work(code, "Task_AckMinutesLead", "ktinspector", INSPECTOR, Map.of("leadAcknowledgement", true));
        support.work(code, "Task_AckMinutesInstitution", "ktstaff", STAFF,
                Map.of("institutionAcknowledgement", "AGREE_WITH_OBJECTIONS", "representative", "Hiệu trưởng",
                        "objections", "Đề nghị xem xét lại"));
    }

    private ProcessInstance instance(String code) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    }

    private Job job(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }

    private LocalDate deadline(String code, String kind) {
        return inspections.deadlines(code).stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow()
                .dueOn();
    }

    private boolean escalated(String code, String kind) {
        return inspections.deadlines(code).stream().anyMatch(d -> d.kind().equals(kind) && d.escalatedAt() != null);
    }

    private InspectionDocument last(String code, String type) {
        return inspections.documents(code).stream().filter(d -> d.type().equals(type)).reduce((a, b) -> b)
                .orElseThrow();
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.setTo(LocalDateTime.of(year, month, day, hour, minute).atZone(VN).toInstant());
    }

    static String codeOf(Object event) {
        if (event instanceof InspectionStageChanged e) {
            return e.code();
        }
        if (event instanceof FindingRecorded e) {
            return e.code();
        }
        if (event instanceof RemediationChanged e) {
            return e.code();
        }
        if (event instanceof InspectionClassified e) {
            return e.code();
        }
        return null;
    }
}
