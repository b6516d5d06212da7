package vn.vetflow.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.inspectionplan.ApprovedItem;
import vn.vetflow.inspectionplan.InspectionPlans;
import vn.vetflow.inspectionplan.PlanException;
import vn.vetflow.support.PostgresTest;

/** V9's tables and the register's, risk hints' and plans' SQL on PostgreSQL. */
class InstitutionPostgresTest extends PostgresTest {

    @Autowired Institutions institutions;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired RiskHints hints;
    @Autowired InspectionPlans plans;

    @Test
    void registerRiskFactsAndPlanOnPostgres() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        institutions.create(new InstitutionSummary("TC-PG-01", "Trường Trung cấp PostgreSQL", InstitutionType.INTERMEDIATE,
                "Tổ 1, phường Âu Lâu", "Phường Âu Lâu", null, null, LocalDate.of(2001, 1, 1), null, null));
        institutions.replaceOccupations("TC-PG-01", List.of(
                new Occupation("5520227", "Điện công nghiệp", OccupationLevel.INTERMEDIATE, 100, 111)));
        ReportRows.report(jdbc, "PG-2025-Y", "TC-PG-01", LocalDate.of(2026, 1, 15), null, "MISSING");
        ReportRows.report(jdbc, "PG-2026-H1", "TC-PG-01", LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 1), "ACCEPTED");
        institutions.recordComplaint("TC-PG-01", LocalDate.of(2026, 10, 1), "Phản ánh học phí");
        institutions.link("pgstaff", "TC-PG-01", "Cán bộ");
        institutions.recordInspection("TC-PG-01", LocalDate.of(2024, 11, 1));
        institutions.recordInspection("TC-PG-01", LocalDate.of(2023, 1, 1));

        InstitutionSummary institution = institutions.ofUser("pgstaff").orElseThrow();
        assertThat(institution.lastInspectedOn()).isEqualTo(LocalDate.of(2024, 11, 1));
        RiskFacts facts = hints.facts(institution, today);
        assertThat(facts).isEqualTo(new RiskFacts(1, 1, 1, 11.0, false, 25));
        assertThat(hints.score(facts)).extracting(RiskReason::messageKey).containsExactlyInAnyOrder(
                "institution.risk.reportsMissing", "institution.risk.reportsLateOne", "institution.risk.complaintsSome",
                "institution.risk.enrolmentOverLimit", "institution.risk.inspectionDue");

        plans.create(2061, "kiemtra");
        plans.addItem(2061, "TC-PG-01", List.of("enrolment", "reporting"), 2, "PostgreSQL", "kiemtra");
        plans.submit(2061, "kiemtra");
        plans.approve(2061, "lanhdao");
        ApprovedItem item = plans.approvedItems(2061).get(0);
        assertThat(item.topics()).containsExactly("enrolment", "reporting");
        plans.markStarted(item.itemId(), "KT-2061-0001");
        assertThatThrownBy(() -> plans.markStarted(item.itemId(), "KT-2061-0002")).isInstanceOf(PlanException.class);
        assertThat(plans.approvedItems(2061).get(0).inspectionCode()).isEqualTo("KT-2061-0001");
    }
}
