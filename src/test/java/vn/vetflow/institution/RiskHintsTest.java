package vn.vetflow.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.support.VetflowTest;

/** Each rule of processes/inspection-risk.dmn with its boundaries, and the facts gathered from the tables. */
@VetflowTest
class RiskHintsTest {

    @Autowired RiskHints hints;
    @Autowired Institutions institutions;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Facts that match no rule: everything submitted on time, no complaint, within scale, inspected last year. */
    private static final RiskFacts CLEAN = new RiskFacts(0, 0, 0, 0, false, 12);

    private List<String> reasons(RiskFacts facts) {
        return hints.score(facts).stream().map(RiskReason::messageKey).toList();
    }

    private int points(RiskFacts facts) {
        return hints.score(facts).stream().mapToInt(RiskReason::points).sum();
    }

    @Test
    void cleanInstitutionScoresNothing() {
        assertThat(hints.score(CLEAN)).isEmpty();
    }

    @Test
    void missingReports() {
        assertThat(hints.score(new RiskFacts(1, 0, 0, 0, false, 12)))
                .containsExactly(new RiskReason("institution.risk.reportsMissing", 3));
        assertThat(points(new RiskFacts(4, 0, 0, 0, false, 12))).isEqualTo(3);
    }

    @Test
    void lateReportsOneOrMany() {
        assertThat(hints.score(new RiskFacts(0, 1, 0, 0, false, 12)))
                .containsExactly(new RiskReason("institution.risk.reportsLateOne", 1));
        assertThat(hints.score(new RiskFacts(0, 2, 0, 0, false, 12)))
                .containsExactly(new RiskReason("institution.risk.reportsLateMany", 2));
        assertThat(hints.score(new RiskFacts(0, 7, 0, 0, false, 12)))
                .containsExactly(new RiskReason("institution.risk.reportsLateMany", 2));
    }

    @Test
    void complaintsSomeOrMany() {
        assertThat(hints.score(new RiskFacts(0, 0, 1, 0, false, 12)))
                .containsExactly(new RiskReason("institution.risk.complaintsSome", 2));
        assertThat(hints.score(new RiskFacts(0, 0, 2, 0, false, 12)))
                .containsExactly(new RiskReason("institution.risk.complaintsSome", 2));
        assertThat(hints.score(new RiskFacts(0, 0, 3, 0, false, 12)))
                .containsExactly(new RiskReason("institution.risk.complaintsMany", 3));
    }

    @Test
    void enrolmentTenPercentOverIsAHintElevenIsOverTheLimit() {
        assertThat(hints.score(new RiskFacts(0, 0, 0, 0.0, false, 12))).isEmpty();
        assertThat(hints.score(new RiskFacts(0, 0, 0, 0.5, false, 12)))
                .containsExactly(new RiskReason("institution.risk.enrolmentOver", 1));
        assertThat(hints.score(new RiskFacts(0, 0, 0, 10.0, false, 12)))
                .containsExactly(new RiskReason("institution.risk.enrolmentOver", 1));
        assertThat(hints.score(new RiskFacts(0, 0, 0, 10.01, false, 12)))
                .containsExactly(new RiskReason("institution.risk.enrolmentOverLimit", 3));
        assertThat(hints.score(new RiskFacts(0, 0, 0, 11.0, false, 12)))
                .containsExactly(new RiskReason("institution.risk.enrolmentOverLimit", 3));
    }

    @Test
    void timeSinceLastInspection() {
        assertThat(hints.score(new RiskFacts(0, 0, 0, 0, false, 23))).isEmpty();
        assertThat(hints.score(new RiskFacts(0, 0, 0, 0, false, 24)))
                .containsExactly(new RiskReason("institution.risk.inspectionDue", 1));
        assertThat(hints.score(new RiskFacts(0, 0, 0, 0, false, 47)))
                .containsExactly(new RiskReason("institution.risk.inspectionDue", 1));
        assertThat(hints.score(new RiskFacts(0, 0, 0, 0, false, 48)))
                .containsExactly(new RiskReason("institution.risk.inspectedLongAgo", 2));
        assertThat(hints.score(new RiskFacts(0, 0, 0, 0, true, 0)))
                .containsExactly(new RiskReason("institution.risk.neverInspected", 3));
    }

    @Test
    void everyMatchingRuleAddsItsPointsHighestFirst() {
        RiskFacts worst = new RiskFacts(2, 3, 4, 25, true, 0);
        assertThat(reasons(worst)).containsExactlyInAnyOrder("institution.risk.reportsMissing",
                "institution.risk.reportsLateMany", "institution.risk.complaintsMany",
                "institution.risk.enrolmentOverLimit", "institution.risk.neverInspected");
        assertThat(points(worst)).isEqualTo(3 + 2 + 3 + 3 + 3);
        assertThat(hints.score(worst).get(0).points()).isEqualTo(3);
    }

    @Test
    void factsComeFromReportsComplaintsOccupationsAndTheLastInspection() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        institutions.create(new InstitutionSummary("TC-RISK-01", "Trường Trung cấp Rủi ro", InstitutionType.INTERMEDIATE,
                "Tổ 5, phường Nghĩa Lộ", "Phường Nghĩa Lộ", null, null, LocalDate.of(2010, 1, 1), null,
                LocalDate.of(2023, 11, 30)));
        institutions.replaceOccupations("TC-RISK-01", List.of(
                new Occupation("5520227", "Điện công nghiệp", OccupationLevel.INTERMEDIATE, 100, 110),
                new Occupation("5480202", "Tin học ứng dụng", OccupationLevel.INTERMEDIATE, 50, 58)));
        // on time, late, missing, not yet due, and one too old to count
        // reports filed through reporting rounds: on time, late, missing, not yet due, and one too old to count
        ReportRows.report(jdbc, "RISK-2026-H1", "TC-RISK-01", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 25), "ACCEPTED");
        ReportRows.report(jdbc, "RISK-2025-Y", "TC-RISK-01", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 20), "ACCEPTED");
        ReportRows.report(jdbc, "RISK-2026-AH", "TC-RISK-01", LocalDate.of(2026, 10, 15), null, "MISSING");
        ReportRows.report(jdbc, "RISK-2026-Y", "TC-RISK-01", LocalDate.of(2026, 12, 31), null, "EXPECTED");
        ReportRows.report(jdbc, "RISK-2023-Y", "TC-RISK-01", LocalDate.of(2023, 12, 31), null, "MISSING");
        institutions.recordComplaint("TC-RISK-01", LocalDate.of(2026, 3, 2), "Thu học phí cao hơn mức công bố");
        institutions.recordComplaint("TC-RISK-01", LocalDate.of(2025, 11, 30), "Phản ánh quá 12 tháng");

        InstitutionSummary institution = institutions.byCode("TC-RISK-01").orElseThrow();
        RiskFacts facts = hints.facts(institution, today);

        assertThat(facts.missingReports()).isEqualTo(1);
        assertThat(facts.lateReports()).isEqualTo(1);
        assertThat(facts.complaints()).isEqualTo(1);
        assertThat(facts.enrolmentOverPercent()).isEqualTo(16.0);
        assertThat(facts.neverInspected()).isFalse();
        assertThat(facts.monthsSinceInspection()).isEqualTo(36);
        assertThat(points(facts)).isEqualTo(3 + 1 + 2 + 3 + 1);
    }
}
