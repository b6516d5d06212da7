package vn.vetflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vetflow.inspection.InspectionTestSupport.INSPECTOR;
import static vn.vetflow.inspection.InspectionTestSupport.LEADER;
import static vn.vetflow.inspection.InspectionTestSupport.STAFF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.support.PostgresTest;

/** One inspection from start to close on PostgreSQL: the tables, the journal and the classification. */
class InspectionPostgresTest extends PostgresTest {

    @Autowired Inspections inspections;
    @Autowired InspectionTestSupport support;
    @Autowired InspectionEventLog eventLog;
    @Autowired vn.vetflow.support.EventPublications publications;

    @Test
    void anInspectionRunsAndClosesOnPostgres() {
        support.ensure();
        String code = support.start();
        support.work(code, "Task_DraftDecision", "ktinspector", INSPECTOR, InspectionTestSupport.decision());
        support.work(code, "Task_SignDecision", "ktleader", LEADER, Map.of("decisionSignoff", "SIGN"));
        support.planApproved(code);
        support.work(code, "Task_Notice", "ktinspector", INSPECTOR, InspectionTestSupport.notice("SYSTEM"));
        support.work(code, "Task_Announce", "ktinspector", INSPECTOR, Map.of("announcedOn", "2026-03-03"));
        support.work(code, "Task_SelfAssessment", "ktstaff", STAFF,
                InspectionTestSupport.withFiles(Map.of("selfAssessment", "Tự đánh giá")));
        support.work(code, "Task_Check", "ktinspector", INSPECTOR, support.check(Map.of("TEA-01", true)));
        support.work(code, "Task_Minutes", "ktinspector", INSPECTOR,
                Map.of("minutesPlace", "Trụ sở", "minutesContent", "Biên bản"));
        support.work(code, "Task_AckMinutesLead", "ktinspector", INSPECTOR, Map.of("leadAcknowledgement", true));
        support.work(code, "Task_AckMinutesInstitution", "ktstaff", STAFF,
                Map.of("institutionAcknowledgement", "AGREE", "representative", "Hiệu trưởng"));
        support.work(code, "Task_HandleViolation", "ktinspector", INSPECTOR,
                Map.of("handling", "RECORD_ONLY", "legalGround", "Nghị định 88/2022/NĐ-CP"));
        support.work(code, "Task_Report", "ktinspector", INSPECTOR, Map.of("reportContent", "Báo cáo"));
        support.work(code, "Task_DraftConclusion", "ktinspector", INSPECTOR,
                InspectionTestSupport.conclusion(LocalDate.now().plusDays(20), "Bổ sung nhà giáo"));
        support.work(code, "Task_ApproveConclusion", "ktleader", LEADER, Map.of("conclusionApproval", "APPROVE"));
        support.work(code, "Task_ReportRemediation", "ktstaff", STAFF,
                InspectionTestSupport.withFiles(Map.of("remediationReport", "Đã tuyển")));
        support.work(code, "Task_VerifyRemediation", "ktinspector", INSPECTOR, Map.of("remediationVerdict", "ACCEPT"));

        Inspection closed = inspections.get(code);
        assertThat(closed.stage()).isEqualTo(InspectionStage.CLOSED);
        assertThat(closed.digital()).isTrue();
        publications.awaitReactions(); // the decision and the minutes are rendered and signed after commit
        assertThat(inspections.documents(code)).filteredOn(InspectionDocument::hasPdf).hasSize(3);
        assertThat(inspections.fileContent(code, inspections.files(code).get(0).id())).isPresent();
        List<Object> events = new ArrayList<>();
        eventLog.replay(events::add);
        assertThat(events).last().isInstanceOfSatisfying(InspectionClassified.class,
                c -> assertThat(c.code()).isEqualTo(code));
    }
}
