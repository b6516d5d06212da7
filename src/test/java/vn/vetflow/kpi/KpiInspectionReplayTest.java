package vn.vetflow.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vetflow.inspection.InspectionTestSupport;
import vn.vetflow.inspection.Inspections;
import vn.vetflow.support.EventPublications;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/**
 * The inspection half of the read model: fed by the inspection module's events as inspections run, and
 * rebuilt from its event log to the same rows.
 */
@VetflowTest
class KpiInspectionReplayTest {

    @Autowired InspectionTestSupport support;
    @Autowired Inspections inspections;
    @Autowired KpiRebuild rebuild;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventPublications publications;

    @Test
    void inspectionRowsFollowTheEventsAndTheReplayGivesTheSameRows() {
        support.ensure();
        String running = inspections.start(InspectionTestSupport.INSTITUTION, "Kiểm tra điều kiện bảo đảm chất lượng",
                "AD_HOC", null, "ktinspector");
        String paper = inspections.registerPaper(new Inspections.PaperInspection(
                InspectionTestSupport.OTHER_INSTITUTION, "Kiểm tra năm 2025 (hồ sơ giấy)", LocalDate.of(2025, 9, 1),
                "12/QĐ-SGDĐT", LocalDate.of(2025, 10, 20), "20/KL-SGDĐT",
                List.of(new Inspections.Upload("kl.pdf", "application/pdf", TestSubmissions.PDF))), "ktsupervisor");

        publications.awaitReactions();
        Map<String, Object> started = jdbc.queryForMap("select * from kpi_inspection where code = ?", running);
        assertThat(started.get("stage")).isEqualTo("DECISION");
        assertThat(started.get("classified")).isEqualTo(false);
        Map<String, Object> closed = jdbc.queryForMap("select * from kpi_inspection where code = ?", paper);
        assertThat(closed.get("stage")).isEqualTo("CLOSED");
        assertThat(closed.get("paper")).isEqualTo(true);
        assertThat(closed.get("classified")).isEqualTo(true);
        assertThat(closed.get("digital")).isEqualTo(false);
        assertThat(closed.get("closed_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2025, 10, 20)));

        List<Map<String, Object>> inspectionsBefore = jdbc.queryForList("select * from kpi_inspection order by code");
        List<Map<String, Object>> findingsBefore = jdbc.queryForList("select * from kpi_finding order by finding_id");
        List<Map<String, Object>> remediationBefore = jdbc.queryForList(
                "select * from kpi_remediation order by recommendation_id");

        rebuild.rebuild();

        assertThat(jdbc.queryForList("select * from kpi_inspection order by code"))
                .containsExactlyElementsOf(inspectionsBefore);
        assertThat(jdbc.queryForList("select * from kpi_finding order by finding_id"))
                .containsExactlyElementsOf(findingsBefore);
        assertThat(jdbc.queryForList("select * from kpi_remediation order by recommendation_id"))
                .containsExactlyElementsOf(remediationBefore);
    }
}
