package vn.vetflow.reporting.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.identity.Roles;
import vn.vetflow.institution.InstitutionType;
import vn.vetflow.support.EventPublications;
import vn.vetflow.support.VetflowTest;

/**
 * The provincial report of a round computed by hand: two accepted reports (one late), one returned and not accepted,
 * one missing; its exports read back; its submission recorded once; who may see and submit it.
 */
@VetflowTest
class ConsolidationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired Consolidation consolidation;
    @Autowired ConsolidationExport export;
    @Autowired Submissions submissions;
    @Autowired SubmissionDelivery delivery;
    @Autowired EventPublications publications;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;

    static final RequestPostProcessor INSPECTOR = user("ktinspector").roles(Roles.INSPECTOR);
    static final RequestPostProcessor LEADER = user("ktleader").roles(Roles.LEADER);

    ReportingFixture fixture;
    String round;
    String a;
    String b;
    String c;
    String d;

    java.util.Set<java.util.UUID> pendingBefore;

    @BeforeEach
    void roundOfFourInstitutions() {
        pendingBefore = publications.snapshot();
        fixture = new ReportingFixture(jdbc);
        round = "T-" + fixture.tag;
        a = fixture.institution("A", "Trường Cao đẳng Kiểm thử A", "COLLEGE");
        b = fixture.institution("B", "Trường Trung cấp Kiểm thử B", "INTERMEDIATE");
        c = fixture.institution("C", "Trung tâm GDNN Kiểm thử C", "CENTRE");
        d = fixture.institution("D", "Trường Cao đẳng Kiểm thử D", "COLLEGE");
        fixture.occupation(a, "COLLEGE", "6480201", "Công nghệ thông tin");
        long id = fixture.round(round, "CLOSED", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14));
        fixture.figures(fixture.report(id, a, "ACCEPTED", false), Map.of("teachers", 40, "teachersDigitalCompetence", 30,
                "programmes", 10, "programmesDigitalOutcomes", 7, "connectedNationalPlatform", 1, "onlineClassrooms", 3,
                "enrolment@COLLEGE|6480201", 120, "enrolment@INTERMEDIATE|5480202", 30));
        fixture.figures(fixture.report(id, b, "ACCEPTED", true), Map.of("teachers", 20, "teachersDigitalCompetence", 5,
                "programmes", 6, "programmesDigitalOutcomes", 2, "connectedNationalPlatform", 0, "onlineClassrooms", 1,
                "enrolment@INTERMEDIATE|5480202", 45));
        // Returned for correction and never accepted: in the coverage, not in the figures.
        fixture.figures(fixture.report(id, c, "RETURNED", false), Map.of("teachers", 100, "teachersDigitalCompetence", 100,
                "enrolment@INTERMEDIATE|5480202", 999));
        fixture.report(id, d, "MISSING", false);
    }

    @org.junit.jupiter.api.AfterEach
    void removeTheRound() {
        // the submission test's delivery runs after commit: let it finish before removing its rows
        publications.awaitReactions(pendingBefore);
        fixture.cleanUp();
    }

    @Test
    void sumsAndSharesComeFromAcceptedReportsOnlyAsComputedByHand() {
        ProvincialReport report = consolidation.of(round).orElseThrow();
        // 4 expected; A and B accepted (B late), C returned, D missing.
        assertThat(report.coverage()).isEqualTo(new ProvincialReport.Coverage(4, 2, 1, 1, 1));
        assertThat(report.coverage().acceptedPercent()).isEqualByComparingTo("50.0");
        // 40 + 20 teachers, 30 + 5 trained: 35/60 = 58.33…%
        assertThat(report.figure("teachers").total()).isEqualByComparingTo("60");
        assertThat(report.figure("teachersDigitalCompetence").total()).isEqualByComparingTo("35");
        assertThat(report.figure("teachersDigitalCompetence").share()).isEqualByComparingTo("58.3");
        // 7 + 2 of 10 + 6 programmes: 9/16 = 56.25% rounded half up
        assertThat(report.figure("programmesDigitalOutcomes").share()).isEqualByComparingTo("56.3");
        // one of the two accepted institutions answers yes
        assertThat(report.figure("connectedNationalPlatform").total()).isEqualByComparingTo("1");
        assertThat(report.figure("connectedNationalPlatform").share()).isEqualByComparingTo("50.0");
        assertThat(report.figure("onlineClassrooms").total()).isEqualByComparingTo("4");
        assertThat(report.figure("onlineClassrooms").share()).isNull();
        // nobody reported digitised diplomas: zero, with no share of zero issued
        assertThat(report.figure("diplomasDigitised").total()).isEqualByComparingTo("0");
        assertThat(report.figure("diplomasDigitised").share()).isNull();
        assertThat(report.acceptedByType()).containsExactlyInAnyOrderEntriesOf(
                Map.of(InstitutionType.COLLEGE, 1L, InstitutionType.INTERMEDIATE, 1L));
        assertThat(report.cells()).containsExactly(
                new ProvincialReport.TableCell("enrolment", "COLLEGE", "6480201", "Công nghệ thông tin", new BigDecimal("120")),
                new ProvincialReport.TableCell("enrolment", "INTERMEDIATE", "5480202", "", new BigDecimal("75")));
    }

    @Test
    void drillDownShowsEachAcceptedInstitutionsFigure() throws Exception {
        assertThat(consolidation.drillDown(round, "teachersDigitalCompetence")).containsExactly(
                new Consolidation.InstitutionFigure(a, "Trường Cao đẳng Kiểm thử A", InstitutionType.COLLEGE,
                        new BigDecimal("30"), new BigDecimal("75.0")),
                new Consolidation.InstitutionFigure(b, "Trường Trung cấp Kiểm thử B", InstitutionType.INTERMEDIATE,
                        new BigDecimal("5"), new BigDecimal("25.0")));
        Document page = Jsoup.parse(mvc.perform(get("/reporting/consolidation/" + round + "/figures/teachersDigitalCompetence")
                .with(INSPECTOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#drill tbody tr")).hasSize(2);
        assertThat(page.select("#drill-" + a + " .drill-figure").text()).isEqualTo("30");
        assertThat(page.select("#drill-" + c)).isEmpty();
        mvc.perform(get("/reporting/consolidation/" + round + "/figures/khongCo").with(INSPECTOR))
                .andExpect(status().isNotFound());
    }

    @Test
    void pageStatesCoverageAndFigures() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/reporting/consolidation/" + round).with(INSPECTOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#coverage").text()).contains("2/4", "(50,0%)", "không nộp: 1", "nộp muộn: 1");
        assertThat(page.select("#figure-teachersDigitalCompetence .figure-total").text()).isEqualTo("35");
        assertThat(page.select("#figure-teachersDigitalCompetence .figure-share").text()).isEqualTo("58,3%");
        assertThat(page.select("#report-" + d).text()).contains("Không nộp");
        // Inspectors read the provincial report; the division's leaders submit it.
        assertThat(page.select("#submit-report")).isEmpty();
        assertThat(Jsoup.parse(mvc.perform(get("/reporting/consolidation/" + round).with(LEADER))
                .andReturn().getResponse().getContentAsString()).select("#submit-report")).hasSize(1);
        mvc.perform(get("/reporting/consolidation/KHONG-CO").with(INSPECTOR)).andExpect(status().isNotFound());
    }

    @Test
    void exportsReadBackToTheSameFigures() throws Exception {
        byte[] csv = mvc.perform(get("/reporting/consolidation/" + round + "/export.csv").with(INSPECTOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> lines = List.of(new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Mục,Mã chỉ tiêu,Chỉ tiêu,Trình độ,\"Mã ngành, nghề\",\"Ngành, nghề\",Số liệu,Tỷ lệ (%)");
        assertThat(lines).contains(
                "figure,teachersDigitalCompetence,\"Nhà giáo, cán bộ quản lý được bồi dưỡng năng lực số\",,,,35,58.3");
        assertThat(lines).contains("enrolment,enrolment,Tuyển sinh,INTERMEDIATE,5480202,,75,");

        JsonNode data = json.readTree(mvc.perform(get("/reporting/consolidation/" + round + "/export.json").with(INSPECTOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(data.at("/coverage/accepted").asInt()).isEqualTo(2);
        assertThat(data.at("/round/from").asText()).isEqualTo("2025-12-15");
        Map<String, BigDecimal> totals = new HashMap<>();
        data.get("figures").forEach(f -> totals.put(f.get("key").asText(), f.get("total").decimalValue()));
        assertThat(totals.get("teachers")).isEqualByComparingTo("60");

        byte[] xlsx = mvc.perform(get("/reporting/consolidation/" + round + "/export.xlsx").with(INSPECTOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet figures = book.getSheet("Tổng hợp");
            assertThat(figures.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chỉ tiêu");
            Map<String, Double> byLabel = new HashMap<>();
            for (Row row : figures) {
                if (row.getRowNum() > 0) {
                    byLabel.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertThat(byLabel).containsEntry("Nhà giáo, cán bộ quản lý được bồi dưỡng năng lực số", 35.0);
            assertThat(book.getSheet("Các cơ sở").getPhysicalNumberOfRows()).isEqualTo(5);
        }
    }

    @Test
    void submissionIsRecordedAndDeliveredOnceEvenWhenTheEventComesAgain() throws Exception {
        var before = publications.snapshot();
        mvc.perform(post("/reporting/consolidation/" + round + "/submit").with(LEADER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        publications.awaitReactions(before);
        Submissions.Submission sent = submissions.of(round).orElseThrow();
        assertThat(sent.requestedBy()).isEqualTo("ktleader");
        assertThat(sent.reference()).startsWith("MO-PHONG-" + round + "-");
        String payload = jdbc.queryForObject("select payload from reporting_submission where id = ?", String.class, sent.id());
        assertThat(sent.digest()).isEqualTo(Submissions.sha256(payload.getBytes(StandardCharsets.UTF_8)));
        assertThat(json.readTree(payload).at("/coverage/accepted").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from reporting_round where code = ?", String.class, round))
                .isEqualTo("SUBMITTED");

        // The registry delivers the event again (after a crash): nothing changes.
        delivery.on(new SubmissionRequested(sent.id()));
        assertThat(submissions.of(round)).contains(sent);
        // A second click: refused, still one submission.
        mvc.perform(post("/reporting/consolidation/" + round + "/submit").with(LEADER).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                                .attribute("error", "consolidation.submit.already"));
        assertThat(jdbc.queryForObject("select count(*) from reporting_submission s join reporting_round r"
                + " on r.id = s.round_id where r.code = ?", Integer.class, round)).isEqualTo(1);
        Document page = Jsoup.parse(mvc.perform(get("/reporting/consolidation/" + round).with(INSPECTOR))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#submission-reference").text()).contains(sent.reference());
    }

    @Test
    void theReportingSystemIsCalledOnceForARedeliveredSubmission() {
        AtomicInteger calls = new AtomicInteger();
        ReportingSystem counting = new ReportingSystem() {
            @Override
            public boolean configured() {
                return true;
            }

            @Override
            public String submit(Filing filing) {
                calls.incrementAndGet();
                return "REF-" + filing.idempotencyKey().hashCode();
            }
        };
        Submissions direct = new Submissions(jdbc, consolidation, export, counting, event -> { }, clock);
        var recorded = direct.request(round, "ktinspector");
        direct.deliver(recorded.id());
        direct.deliver(recorded.id());
        assertThat(calls).hasValue(1);
    }

    @Test
    void productionWithoutAnAdapterRefusesToSubmitAndSaysSo() {
        ReportingSystem system = new ReportingSystemConfiguration().reportingSystem(new MockEnvironment()
                .withProperty("spring.profiles.active", "postgres"));
        assertThat(system.configured()).isFalse();
        Submissions refusing = new Submissions(jdbc, consolidation, export, system, event -> { }, clock);
        assertThatThrownBy(() -> refusing.request(round, "ktinspector"))
                .isInstanceOfSatisfying(Submissions.NotSubmittableException.class,
                        e -> assertThat(e.messageKey).isEqualTo("consolidation.submit.notConfigured"));
        assertThat(submissions.of(round)).isEmpty();
    }

    @Test
    void anOpenRoundIsNotSubmitted() {
        jdbc.update("update reporting_round set status = 'OPEN' where code = ?", round);
        assertThatThrownBy(() -> submissions.request(round, "ktinspector"))
                .isInstanceOfSatisfying(Submissions.NotSubmittableException.class,
                        e -> assertThat(e.messageKey).isEqualTo("consolidation.submit.notClosed"));
    }

    @Test
    void theDepartmentOnly() throws Exception {
        List<String> pages = List.of("/reporting/consolidation", "/reporting/consolidation/" + round,
                "/reporting/consolidation/" + round + "/figures/teachers", "/reporting/consolidation/" + round + "/export.csv",
                "/reporting/consolidation/" + round + "/export.json", "/reporting/consolidation/" + round + "/export.xlsx");
        for (String page : pages) {
            for (String role : List.of(Roles.SPECIALIST, Roles.LEADER, Roles.SUPERVISOR, Roles.INSPECTOR,
                    Roles.ADMIN)) {
                mvc.perform(get(page).with(user("c" + role).roles(role))).andExpect(status().isOk());
            }
            for (String role : List.of(Roles.APPLICANT, Roles.INSTITUTION, Roles.RECEPTION)) {
                mvc.perform(get(page).with(user("c" + role).roles(role))).andExpect(status().isForbidden());
            }
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        }
        String submit = "/reporting/consolidation/" + round + "/submit";
        for (String role : List.of(Roles.SPECIALIST, Roles.INSTITUTION, Roles.SUPERVISOR, Roles.INSPECTOR)) {
            mvc.perform(post(submit).with(user("c" + role).roles(role)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(post(submit).with(LEADER)).andExpect(status().isForbidden()); // no CSRF token
        assertThat(submissions.of(round)).isEmpty();
    }
}
