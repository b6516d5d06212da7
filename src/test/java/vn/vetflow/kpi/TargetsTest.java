package vn.vetflow.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.identity.Roles;
import vn.vetflow.kpi.PlanTargets.Rating;
import vn.vetflow.support.VetflowTest;

/**
 * The plan's targets from the accepted reports of the latest round, computed by hand: three accepted reports (a
 * college, an intermediate school, a centre), one returned, one not filed; an earlier round for the trend.
 */
@VetflowTest
class TargetsTest {

    static final RequestPostProcessor LEADER = user("tgleader").roles(Roles.LEADER);

    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired PlanTargets targets;

    final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String a;
    String b;
    String c;
    String d;
    String e;

    @BeforeEach
    void twoRoundsOfReports() {
        a = institution("A", "Trường Cao đẳng Mục tiêu A", "COLLEGE");
        b = institution("B", "Trường Trung cấp Mục tiêu B", "INTERMEDIATE");
        c = institution("C", "Trung tâm GDNN Mục tiêu C", "CENTRE");
        d = institution("D", "Trường Cao đẳng Mục tiêu D", "COLLEGE");
        e = institution("E", "Trường Trung cấp Mục tiêu E", "INTERMEDIATE");
        // Placed in the far future so that they are the latest rounds whatever other tests leave behind.
        long earlier = round("T1-" + tag, LocalDate.of(2090, 6, 15), LocalDate.of(2090, 12, 14));
        figures(report(earlier, a, "ACCEPTED"), Map.of("teachers", 40, "teachersDigitalCompetence", 20));
        long latest = round("T2-" + tag, LocalDate.of(2090, 12, 15), LocalDate.of(2091, 6, 14));
        figures(report(latest, a, "ACCEPTED"), Map.ofEntries(Map.entry("teachers", 40),
                Map.entry("teachersDigitalCompetence", 30), Map.entry("teachersDigitalMaterials", 10),
                Map.entry("programmes", 10), Map.entry("programmesDigitalOutcomes", 7), Map.entry("itProgrammes", 4),
                Map.entry("itProgrammesUpdated", 4), Map.entry("onlineClassrooms", 2),
                Map.entry("connectedNationalPlatform", 1), Map.entry("connectedDocumentSystem", 1),
                Map.entry("learningRecords", 100), Map.entry("learningRecordsDigitised", 100),
                Map.entry("diplomasIssued", 50), Map.entry("diplomasDigitised", 50),
                Map.entry("digitalSchoolCriteriaMet", 1)));
        figures(report(latest, b, "ACCEPTED"), Map.ofEntries(Map.entry("teachers", 20),
                Map.entry("teachersDigitalCompetence", 5), Map.entry("teachersDigitalMaterials", 5),
                Map.entry("programmes", 6), Map.entry("programmesDigitalOutcomes", 2), Map.entry("itProgrammes", 2),
                Map.entry("itProgrammesUpdated", 1), Map.entry("onlineClassrooms", 1),
                Map.entry("connectedNationalPlatform", 0), Map.entry("connectedDocumentSystem", 1),
                Map.entry("learningRecords", 80), Map.entry("learningRecordsDigitised", 60),
                Map.entry("diplomasIssued", 30), Map.entry("diplomasDigitised", 30),
                Map.entry("digitalSchoolCriteriaMet", 0)));
        figures(report(latest, c, "ACCEPTED"), Map.ofEntries(Map.entry("teachers", 10),
                Map.entry("teachersDigitalCompetence", 10), Map.entry("teachersDigitalMaterials", 0),
                Map.entry("programmes", 4), Map.entry("programmesDigitalOutcomes", 4), Map.entry("onlineClassrooms", 0),
                Map.entry("connectedNationalPlatform", 1), Map.entry("learningRecords", 20),
                Map.entry("learningRecordsDigitised", 20), Map.entry("diplomasIssued", 10),
                Map.entry("diplomasDigitised", 10), Map.entry("digitalSchoolCriteriaMet", 1)));
        // Returned and not corrected: due, filed, not counted anywhere.
        figures(report(latest, d, "RETURNED"), Map.of("teachers", 1000, "teachersDigitalCompetence", 1000));
        report(latest, e, "EXPECTED");
        // A on the network map with a diploma in the register; B on the map only.
        located(a);
        located(b);
        jdbc.update("insert into diploma (institution_code, number, holder_name, holder_search, identity_number,"
                + " occupation_code, occupation_name, level, issued_on, signer, recorded_by, recorded_at)"
                + " values (?, ?, 'Lò Thị Mai', 'lo thi mai', '015200001234', '6480201', 'Công nghệ thông tin', 'COLLEGE',"
                + " ?, 'Nguyễn Văn Hùng', 'ktstaff', ?)", a, "MT-" + tag, LocalDate.of(2025, 6, 30), now());
    }

    @AfterEach
    void removeTheRounds() {
        String like = "T%" + tag + "%";
        jdbc.update("delete from reporting_figure where report_id in (select p.id from reporting_report p"
                + " where p.institution_code like ?)", like);
        jdbc.update("delete from reporting_report where institution_code like ?", like);
        jdbc.update("delete from reporting_round where code like ?", like);
        jdbc.update("delete from diploma where institution_code like ?", like);
        jdbc.update("delete from institution_location where institution_code like ?", like);
        jdbc.update("delete from institution where code like ?", like);
    }

    @Test
    void everyReportedTargetIsComputedFromTheLatestRoundsAcceptedReportsAsByHand() {
        Map<String, PlanTargets.Line> lines = new java.util.HashMap<>();
        targets.lines().forEach(l -> lines.put(l.target().key(), l));
        // Σ trained ÷ Σ teachers over A, B, C: (30 + 5 + 10) / (40 + 20 + 10) = 45/70; D's returned 1000 left out
        assertLine(lines.get("teachersDigitalCompetence"), 100.0 * 45 / 70, "45/70", Rating.GREEN, Rating.RED);
        assertLine(lines.get("teachersDigitalMaterials"), 100.0 * 15 / 70, "15/70", Rating.RED, Rating.RED);
        // 13/20 = 65% of a 70% goal: from 80% of it, amber
        assertLine(lines.get("programmesDigitalOutcomes"), 65.0, "13/20", Rating.AMBER, Rating.RED);
        assertLine(lines.get("itProgrammesUpdated"), 100.0 * 5 / 6, "5/6", Rating.AMBER, Rating.AMBER);
        // colleges and intermediate schools only (the centre C answers yes, and is not one): A yes, B no
        assertLine(lines.get("schoolsOnNationalPlatform"), 50.0, "1/2", Rating.GREEN, Rating.RED);
        assertLine(lines.get("schoolsOnDocumentSystem"), 100.0, "2/2", Rating.GREEN, Rating.GREEN);
        // at least one online classroom: A and B; at least two (2030): A only
        assertLine(lines.get("schoolsOnlineClassrooms"), 100.0, "2/2", Rating.GREEN, Rating.RED);
        assertThat(lines.get("schoolsOnlineClassrooms").current2030()).isEqualTo(50.0);
        // records and diplomas all digitised: A and C, not B (60 of 80 records), of the three reporting
        assertLine(lines.get("digitisedLearningRecords"), 100.0 * 2 / 3, "2/3", Rating.RED, Rating.RED);
        // a count, not a share: A and C meet the digital-school criteria; goals 1 and 2
        assertLine(lines.get("digitalSchools"), 2.0, null, Rating.GREEN, Rating.GREEN);
        assertThat(lines.get("digitalSchools").percent()).isFalse();
        // filed through vetflow (submitted or accepted) of the five due: A, B, C
        assertLine(lines.get("reportsDigital"), 60.0, "3/5", Rating.RED, Rating.RED);
        for (String key : List.of("teachersDigitalCompetence", "reportsDigital", "digitalSchools")) {
            assertThat(lines.get(key).round().code()).isEqualTo("T2-" + tag);
        }
        // the trend: this round, then the earlier one (A alone: 20/40)
        assertThat(lines.get("teachersDigitalCompetence").trend().subList(0, 2)).extracting(PlanTargets.Point::round,
                PlanTargets.Point::value).containsExactly(org.assertj.core.groups.Tuple.tuple("T2-" + tag, 100.0 * 45 / 70),
                org.assertj.core.groups.Tuple.tuple("T1-" + tag, 50.0));
    }

    private static void assertLine(PlanTargets.Line line, double value, String detail, Rating vs2025, Rating vs2030) {
        assertThat(line.current()).as(line.target().key()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(line.detail()).as(line.target().key()).isEqualTo(detail);
        assertThat(line.vs2025()).as(line.target().key() + " vs 2025").isEqualTo(vs2025);
        assertThat(line.vs2030()).as(line.target().key() + " vs 2030").isEqualTo(vs2030);
    }

    @Test
    void thePageStatesValuePeriodRatingAndTrendAndDrillsDownToTheInstitutions() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/kpi/targets").with(LEADER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        Element line = page.selectFirst("#target-teachersDigitalCompetence");
        assertThat(line.select(".target-value").text()).isEqualTo("64,3%");
        assertThat(line.select(".target-round").text()).contains("T2-" + tag, "15/12/2090", "14/06/2091");
        assertThat(line.select(".rating-2025").attr("data-rating")).isEqualTo("GREEN");
        assertThat(line.select(".rating-2030").attr("data-rating")).isEqualTo("RED");
        assertThat(line.select(".target-trend li[data-round=T1-" + tag + "]").text()).contains("50,0%");
        assertThat(page.select("#rating-rule").text()).contains("80%");
        assertThat(page.select("#target-digitalSchools .target-value").text()).isEqualTo("2");
        // the reports cover every reported target: none says "no data yet"
        for (String key : List.of("teachersDigitalCompetence", "teachersDigitalMaterials", "programmesDigitalOutcomes",
                "itProgrammesUpdated", "schoolsOnNationalPlatform", "schoolsOnDocumentSystem", "schoolsOnlineClassrooms",
                "digitisedLearningRecords", "institutionsOnDigitalMap", "reportsDigital", "digitalSchools")) {
            assertThat(page.select("#target-" + key + " .target-value")).as(key).hasSize(1);
            assertThat(page.select("#target-" + key + " .target-nodata")).as(key).isEmpty();
        }

        Document drill = Jsoup.parse(mvc.perform(get("/kpi/targets/teachersDigitalCompetence").with(LEADER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(drill.select("#drill tbody tr")).hasSize(3);
        assertThat(drill.select("#drill-" + a + " .drill-numerator").text()).isEqualTo("30");
        assertThat(drill.select("#drill-" + a + " .drill-denominator").text()).isEqualTo("40");
        assertThat(drill.select("#drill-" + d)).isEmpty();

        Document classrooms = Jsoup.parse(mvc.perform(get("/kpi/targets/schoolsOnNationalPlatform").with(LEADER))
                .andReturn().getResponse().getContentAsString());
        assertThat(classrooms.select("#drill-" + a + " .drill-counts").text()).isEqualTo("Có");
        assertThat(classrooms.select("#drill-" + b + " .drill-counts").text()).isEqualTo("Không");
        assertThat(classrooms.select("#drill-" + c)).isEmpty();

        Document map = Jsoup.parse(mvc.perform(get("/kpi/targets/institutionsOnDigitalMap").with(LEADER))
                .andReturn().getResponse().getContentAsString());
        assertThat(map.select("#drill-" + a + " .drill-counts").text()).isEqualTo("Có");
        assertThat(map.select("#drill-" + b + " .drill-counts").text()).isEqualTo("Không");
        assertThat(map.select("#drill-" + e + " .drill-counts").text()).isEqualTo("Không");

        Document reports = Jsoup.parse(mvc.perform(get("/kpi/targets/reportsDigital").with(LEADER))
                .andReturn().getResponse().getContentAsString());
        assertThat(reports.select("#drill tbody tr")).hasSize(5);
        assertThat(reports.select("#drill-" + d + " .drill-counts").text()).isEqualTo("Không");

        mvc.perform(get("/kpi/targets/onlineServicesIntegrated").with(LEADER)).andExpect(status().isOk());
        mvc.perform(get("/kpi/targets/khongCo").with(LEADER)).andExpect(status().isNotFound());
    }

    @Test
    void drillDownIsForTheKpiReadersOnly() throws Exception {
        for (String role : List.of(Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN)) {
            mvc.perform(get("/kpi/targets/reportsDigital").with(user("tg" + role).roles(role))).andExpect(status().isOk());
        }
        for (String role : List.of(Roles.INSTITUTION, Roles.APPLICANT, Roles.INSPECTOR)) {
            mvc.perform(get("/kpi/targets/reportsDigital").with(user("tg" + role).roles(role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/kpi/targets/reportsDigital")).andExpect(status().is3xxRedirection());
    }

    @Test
    void ratingBoundaries() {
        assertThat(PlanTargets.rate(100.0, 100, 0.8)).isEqualTo(Rating.GREEN);
        assertThat(PlanTargets.rate(80.0, 100, 0.8)).isEqualTo(Rating.AMBER);
        assertThat(PlanTargets.rate(79.9, 100, 0.8)).isEqualTo(Rating.RED);
        assertThat(PlanTargets.rate(1.0, 2, 0.8)).isEqualTo(Rating.RED);
        assertThat(PlanTargets.rate(null, 2, 0.8)).isNull();
    }

    private String institution(String suffix, String name, String type) {
        String code = "T" + tag + suffix;
        jdbc.update("insert into institution (code, name, type, address, district) values (?, ?, ?, ?, ?)",
                code, name, type, "Số 5 đường Trần Hưng Đạo", "Phường Kim Tân");
        return code;
    }

    private long round(String code, LocalDate from, LocalDate to) {
        jdbc.update("insert into reporting_round (code, period_kind, period_from, period_to, due_on, template_key, status,"
                + " opened_by, opened_at) values (?, 'HALF_YEAR', ?, ?, ?, 'vet-statistics', 'CLOSED', 'ktinspector', ?)",
                code, from, to, to.plusDays(5), now());
        return jdbc.queryForObject("select id from reporting_round where code = ?", Long.class, code);
    }

    private long report(long round, String institution, String status) {
        jdbc.update("insert into reporting_report (round_id, institution_code, status, due_on) values (?, ?, ?, ?)",
                round, institution, status, LocalDate.of(2091, 6, 19));
        return jdbc.queryForObject("select id from reporting_report where round_id = ? and institution_code = ?",
                Long.class, round, institution);
    }

    private void figures(long report, Map<String, Integer> figures) {
        figures.forEach((key, value) -> jdbc.update("insert into reporting_figure (report_id, indicator, figure)"
                + " values (?, ?, ?)", report, key, BigDecimal.valueOf(value)));
    }

    private void located(String institution) {
        jdbc.update("insert into institution_location (institution_code, latitude, longitude, approximate, updated_at)"
                + " values (?, 22.48, 103.97, true, ?)", institution, now());
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.parse("2026-06-01T02:00:00Z"));
    }
}
