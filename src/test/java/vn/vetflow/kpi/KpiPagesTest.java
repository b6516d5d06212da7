package vn.vetflow.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.support.EventPublications;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.catalogue.ServiceLevel;
import vn.vetflow.identity.Roles;
import vn.vetflow.inspection.FindingRecorded;
import vn.vetflow.inspection.InspectionClassified;
import vn.vetflow.inspection.InspectionStage;
import vn.vetflow.inspection.InspectionStageChanged;
import vn.vetflow.inspection.RemediationChanged;
import vn.vetflow.inspection.RemediationStatus;
import vn.vetflow.notification.CapturingMailer;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/** The KPI pages: who may see them, numbers that lead to their dossiers, exports, metrics and mails. */
@VetflowTest
class KpiPagesTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final List<String> PAGES = List.of("/kpi/services", "/kpi/inspections", "/kpi/process", "/kpi/targets",
            "/kpi/services/dossiers?metric=received", "/kpi/services/procedures", "/kpi/inspections/list?metric=closed",
            "/kpi/services/export.csv", "/kpi/services/export.xlsx", "/kpi/targets/teachersDigitalCompetence");

    @Autowired TransactionTemplate transaction;
    @Autowired EventPublications publications;
    @Autowired MockMvc mvc;
    @Autowired KpiStore store;
    @Autowired ApplicationEventPublisher events;
    @Autowired AdjustableClock clock;
    @Autowired KpiMail mail;
    @Autowired CapturingMailer mailbox;
    @Autowired IdentityService identity;
    @Autowired TestUsers users;
    @Autowired ProcedureCatalogue catalogue;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void supervisorsLeadersAndAdminsOnlyOthersForbidden() throws Exception {
        for (String page : PAGES) {
            for (String role : List.of(Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN)) {
                mvc.perform(get(page).with(user("kpi" + role).roles(role))).andExpect(status().isOk());
            }
            for (String role : List.of(Roles.APPLICANT, Roles.INSTITUTION, Roles.RECEPTION, Roles.SPECIALIST,
                    Roles.INSPECTOR)) {
                mvc.perform(get(page).with(user("kpi" + role).roles(role))).andExpect(status().isForbidden());
            }
            mvc.perform(get(page)).andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", containsString("/login")));
        }
        mvc.perform(post("/kpi/rebuild").with(user("kpisv").roles(Roles.SUPERVISOR)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/kpi/rebuild").with(user("kpiad").roles(Roles.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void everyNumberLeadsToTheDossiersBehindIt() throws Exception {
        // May 2019 (calendar), before any other test's dossier (those run from 2025 on, some stay open):
        // three dossiers received, one done early, one done late, one still running late.
        LocalDate received = LocalDate.of(2019, 5, 5);
        List<DossierFact> facts = List.of(
                fact("KPI-T-1", received, LocalDate.of(2019, 5, 8), "EARLY", 2, 0),
                fact("KPI-T-2", received, LocalDate.of(2019, 5, 30), "LATE", 1, 2),
                fact("KPI-T-3", received, null, null, 2, 0));
        store.insertDossiers(facts);
        Set<KpiStore.Cell> cells = new LinkedHashSet<>();
        facts.forEach(f -> cells.addAll(KpiStore.cells(f)));
        store.recompute(cells);

        RequestPostProcessor supervisor = user("kpisv").roles(Roles.SUPERVISOR);
        String page = mvc.perform(get("/kpi/services").param("period", "2019-05").param("conv", "CALENDAR")
                        .param("by", "procedure").with(supervisor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document doc = Jsoup.parse(page);
        assertThat(doc.select("#period-convention").text()).contains("01/05/2019").contains("31/05/2019");
        var total = doc.select("#onestop tbody tr").first();
        assertThat(total.select("a[data-metric=received]").text()).isEqualTo("3");
        assertThat(total.select("a[data-metric=early]").text()).isEqualTo("1");
        assertThat(total.select("a[data-metric=late]").text()).isEqualTo("1");
        assertThat(total.select("a[data-metric=runningLate]").text()).isEqualTo("1");
        // on time: 1 ÷ (2 finished + 1 running) = 33.3%
        assertThat(doc.select("#indicator-onTime").text()).contains("33,3%");
        // online: 2 of 3
        assertThat(doc.select("#indicator-online").text()).contains("66,7%");

        String late = total.select("a[data-metric=runningLate]").attr("href");
        String list = mvc.perform(get(late).with(supervisor)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(list).select("#dossier-lines tbody tr").text()).contains("KPI-T-3")
                .doesNotContain("KPI-T-1");
        // dates as dd/MM/yyyy, never ISO, also in the demo dossiers' codes
        assertThat(Jsoup.parse(list).select("#dossier-lines tbody tr").text()).contains("05/05/2019")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(KpiDemoHistory.dossierCode(LocalDate.of(2026, 3, 15), 7)).isEqualTo("DEMO-20260315-0007");

        // Decree 09 May 2019 is 15 April – 14 May: only the early one has ended by then; the other two run
        // late on 14 May (one past its appointment, one with two supplement requests).
        String decree = mvc.perform(get("/kpi/services").param("period", "2019-05").with(supervisor))
                .andReturn().getResponse().getContentAsString();
        var decreeTotal = Jsoup.parse(decree).select("#onestop tbody tr").first();
        assertThat(decreeTotal.select("a[data-metric=early]").text()).isEqualTo("1");
        assertThat(decreeTotal.select("a[data-metric=late]").text()).isEqualTo("0");
        assertThat(decreeTotal.select("a[data-metric=runningLate]").text()).isEqualTo("2");

        var csv = mvc.perform(get("/kpi/services/export.csv").param("period", "2019-05").param("conv", "CALENDAR")
                .with(supervisor)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("kpi-services-2019-05.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains("Tổng cộng,0,3,3,1,0,1,0,0,1");
        byte[] xlsx = mvc.perform(get("/kpi/services/export.xlsx").param("period", "2019-05").param("conv", "CALENDAR")
                .with(supervisor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void inspectionsShareCountsPaperInTheDenominatorAndAlertsOncePerCrossing() throws Exception {
        clock.setTo(LocalDateTime.of(2031, 6, 20, 10, 0).atZone(VN).toInstant());
        Instant now = clock.instant();
        ensureSupervisor("kpisupervisor", "kpisupervisor@example.vn");
        publish(new InspectionStageChanged("KPI-I-1", "CS1", "Trường Trung cấp A", InspectionStage.CLOSED,
                false, now));
        publish(new InspectionClassified("KPI-I-1", "CS1", LocalDate.of(2031, 3, 2), false, false,
                List.of("inspection.rule.minutes.missing"), now));
        publish(new InspectionClassified("KPI-I-2", "CS2", LocalDate.of(2031, 3, 9), false, true,
                List.of(), now));
        publish(new FindingRecorded("KPI-I-1", "F1", "kpi-test-area", true, now));
        publish(new RemediationChanged("KPI-I-1", "R1", "kpi-test-area", LocalDate.of(2031, 4, 1),
                RemediationStatus.OPEN, now));
        publish(new RemediationChanged("DEMO-KT-T1", "DEMO-KT-T1-R", "kpi-test-area", LocalDate.of(2031, 4, 2),
                RemediationStatus.OPEN, now));

        publications.awaitReactions();
        int before = mailbox.to("kpisupervisor@example.vn").size();
        mail.checkThresholds();
        int afterFirst = mailbox.to("kpisupervisor@example.vn").size();
        assertThat(afterFirst - before).isGreaterThanOrEqualTo(1);
        assertThat(mailbox.to("kpisupervisor@example.vn").get(0).mail().subject()).contains("Cảnh báo"); // newest first
        mail.checkThresholds();
        assertThat(mailbox.to("kpisupervisor@example.vn")).hasSize(afterFirst); // same side: no second alert

        // Two digital inspections lift the share to 2 of 4 = 50%: back above, one recovery mail.
        publish(new InspectionClassified("KPI-I-3", "CS3", LocalDate.of(2031, 4, 9), true, false,
                List.of(), now));
        publish(new InspectionClassified("KPI-I-4", "CS4", LocalDate.of(2031, 5, 9), true, false,
                List.of(), now));
        publications.awaitReactions();
        mail.checkThresholds();
        assertThat(mailbox.to("kpisupervisor@example.vn")).hasSize(afterFirst + 1);
        assertThat(mailbox.to("kpisupervisor@example.vn").get(0).mail().subject()).contains("trở lại");

        String page = mvc.perform(get("/kpi/inspections").param("period", "2031").param("conv", "CALENDAR")
                .with(user("kpisv").roles(Roles.SUPERVISOR))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Document doc = Jsoup.parse(page);
        assertThat(doc.select("#digital-share").text()).contains("50,0%");
        assertThat(doc.select("#share-digital").text()).isEqualTo("2");
        assertThat(doc.select("#share-closed").text()).isEqualTo("4");
        assertThat(doc.select("#share-paper").text()).isEqualTo("1");
        assertThat(doc.select("#areas").text()).contains("kpi-test-area");
        // stages and remediation statuses by their labels, percentages with the locale's decimal separator
        assertThat(doc.select("#stages td[data-stage=CLOSED]").text()).isEqualTo("Đã kết thúc");
        assertThat(doc.select("#stages tbody").text()).doesNotContain("CLOSED");
        assertThat(doc.select("#overdue td[data-status=OPEN]").first().text()).isEqualTo("Chưa báo cáo");
        assertThat(doc.select("#share-trend tbody tr").last().text()).contains("2031").contains("50,0%");
        assertThat(doc.select("#share-trend tbody").text()).doesNotContainPattern("\\d\\.\\d%");
        // the chart's bars are the table's values
        var chart = new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc.select("#share-chart").attr("data-trend"));
        var cells = doc.select("#share-trend tbody td[data-value]");
        assertThat(chart.get("share")).hasSize(doc.select("#share-trend tbody tr").size());
        for (int i = 0; i < chart.get("share").size(); i++) {
            String cell = doc.select("#share-trend tbody tr").get(i).select("td").get(1).attr("data-value");
            assertThat(chart.get("share").get(i).isNull() ? "" : chart.get("share").get(i).asText()).isEqualTo(cell);
        }
        assertThat(cells).isNotEmpty();
        Document english = Jsoup.parse(mvc.perform(get("/kpi/inspections").param("period", "2031").param("conv", "CALENDAR")
                .param("lang", "en").with(user("kpisv").roles(Roles.SUPERVISOR))).andReturn().getResponse().getContentAsString());
        assertThat(english.select("#share-trend tbody tr").last().text()).contains("50.0%");
        assertThat(english.select("#digital-share").text()).contains("50.0%");
        // supervisors may not open /workspace/**: the code is plain text for them
        assertThat(doc.select("#overdue a[href*=/workspace/inspections/]")).isEmpty();
        assertThat(doc.select("#overdue").text()).contains("KPI-I-1");
        assertThat(doc.select("#overdue").text()).contains("DEMO-KT-T1");
        // an administrator gets the link, but never for the demo history's synthetic inspections (no file)
        Document admin = Jsoup.parse(mvc.perform(get("/kpi/inspections").param("period", "2031").param("conv", "CALENDAR")
                .with(user("kpiadm").roles(Roles.ADMIN))).andReturn().getResponse().getContentAsString());
        assertThat(admin.select("#overdue a[href*=/workspace/inspections/KPI-I-1]")).isNotEmpty();
        assertThat(admin.select("#overdue a[href*=DEMO-]")).isEmpty();
        assertThat(admin.select("#overdue").text()).contains("DEMO-KT-T1");
        assertThat(Jsoup.parse(mvc.perform(get("/kpi/inspections/list").param("metric", "stage").param("key", "CLOSED")
                .with(user("kpisv").roles(Roles.SUPERVISOR))).andReturn().getResponse().getContentAsString())
                .select("#inspection-lines a[href*=/workspace/]")).isEmpty();
        String paper = doc.select("#share-paper").attr("href");
        assertThat(Jsoup.parse(mvc.perform(get(paper).with(user("kpisv").roles(Roles.SUPERVISOR))).andReturn()
                .getResponse().getContentAsString()).select("#inspection-lines").text()).contains("KPI-I-2")
                .doesNotContain("KPI-I-3");

        int digests = mail.digest();
        assertThat(digests).isGreaterThanOrEqualTo(1);
        assertThat(mailbox.to("kpisupervisor@example.vn").get(0).mail().textBody()).contains("50.0%");
    }

    @Test
    void prometheusNeedsAnAdministratorOrSupervisorWithBasicAuth() throws Exception {
        users.ensure("kpiscrape", "scrape-pass", Roles.SUPERVISOR);
        users.ensure("kpiofficer", "officer-pass", Roles.SPECIALIST);
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("kpiofficer", "officer-pass")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("kpiscrape", "scrape-pass")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vetflow_kpi_percent{indicator=\"onTime\"")));
    }

    @Test
    void processAndTargetPagesShowTheirTables() throws Exception {
        RequestPostProcessor leader = user("kpild").roles(Roles.LEADER);
        String process = mvc.perform(get("/kpi/process").with(leader)).andReturn().getResponse().getContentAsString();
        Document doc = Jsoup.parse(process);
        assertThat(doc.select("svg#bpmn-diagram g[data-element=Task_Appraisal]")).isNotEmpty();
        String targets = mvc.perform(get("/kpi/targets").with(leader)).andReturn().getResponse().getContentAsString();
        Document t = Jsoup.parse(targets);
        assertThat(t.select("#targets tbody tr")).hasSize(13);
        assertThat(t.select("#target-teachersDigitalCompetence").text()).contains("50%").contains("100%");
        // a value from the latest round with accepted reports, or "no data yet" (TargetsTest checks the values)
        assertThat(t.select("#target-teachersDigitalCompetence").select(".target-round, .target-nodata")).isNotEmpty();
        assertThat(t.select("#target-onlineServicesIntegrated").text()).doesNotContain("chưa có dữ liệu");
        assertThat(t.select("#rebuild")).isEmpty(); // leaders do not rebuild
    }

    @Test
    void chartsAreServedLocally() throws Exception {
        String page = mvc.perform(get("/kpi/services").with(user("kpisv").roles(Roles.SUPERVISOR))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("/webjars/echarts/5.3.1/dist/echarts.min.js").doesNotContain("cdn.");
        // our script's URL carries a hash of its content (issue 19: cached for a year, never stale)
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("/js/kpi-charts-[0-9a-f]{32}\\.js").matcher(page);
        assertThat(script.find()).as("the versioned chart script").isTrue();
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get(script.group())).andExpect(status().isOk());
    }

    private void ensureSupervisor(String id, String email) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User u = identity.newUser(id);
            u.setEmail(email);
            u.setFirstName(id);
            u.setLastName("Test");
            u.setPassword("x-" + id);
            identity.saveUser(u);
            identity.createMembership(id, Roles.SUPERVISOR);
        }
    }

    @Test
    void proceduresOfferedOnlineCountEveryProcedureUnderTheAuthorityAndOutsideFiguresShowNoNumber() throws Exception {
        // March 2026 (calendar): the catalogue versions in force on 31/03/2026, counted by hand.
        List<ProcedureVersion> inForce = catalogue.effectiveOn(LocalDate.of(2026, 3, 31));
        assertThat(inForce).isNotEmpty();
        List<String> online = inForce.stream()
                .filter(v -> v.serviceLevel() == ServiceLevel.FULL_ONLINE || v.serviceLevel() == ServiceLevel.PARTLY_ONLINE)
                .map(ProcedureVersion::procedureId).toList();
        List<String> fully = inForce.stream().filter(v -> v.serviceLevel() == ServiceLevel.FULL_ONLINE)
                .map(ProcedureVersion::procedureId).toList();
        // plus the five procedures of kpi/procedures-not-online.yaml, none online (the old figure was 100%)
        List<String> notOnline = List.of("GDNN-LK1", "GDNN-HDT1", "GDNN-HDT2", "GDNN-GD1", "GDNN-HT2");
        int all = inForce.size() + notOnline.size();
        double percent = 100.0 * online.size() / all;
        assertThat(percent).isLessThan(100.0);
        String shown = String.format(java.util.Locale.ROOT, "%.1f", percent).replace('.', ',') + "%";

        RequestPostProcessor supervisor = user("kpisv").roles(Roles.SUPERVISOR);
        Document doc = Jsoup.parse(mvc.perform(get("/kpi/services").param("period", "2026-03").param("conv", "CALENDAR")
                .with(supervisor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var offered = doc.select("#indicator-offeredOnline");
        assertThat(offered.text()).contains(shown).contains("Tỷ lệ thủ tục cung cấp dịch vụ công trực tuyến");
        assertThat(offered.select("a[data-metric=proceduresOnline]").text()).isEqualTo(Integer.toString(online.size()));
        assertThat(offered.select("a[data-metric=procedures]").text()).isEqualTo(Integer.toString(all));
        // score: full points at 80%, otherwise ratio × 6 ÷ 80
        double score = percent >= 80 ? 6 : percent * 6 / 80;
        assertThat(offered.text()).contains(String.format(java.util.Locale.ROOT, "%.2f", score).replace('.', ',') + " / 6");

        // the drill-down lists the procedures behind each number
        String allUrl = offered.select("a[data-metric=procedures]").attr("href");
        Document list = Jsoup.parse(mvc.perform(get(allUrl).with(supervisor)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        List<String> expected = new ArrayList<>(inForce.stream().map(ProcedureVersion::procedureId).toList());
        expected.addAll(notOnline);
        assertThat(list.select("#procedure-lines tbody tr").eachAttr("data-procedure")).containsExactlyElementsOf(expected);
        assertThat(list.select("#procedure-lines tbody tr[data-level=NOT_ONLINE] .unconfirmed")).hasSize(notOnline.size());
        assertThat(list.select("#procedure-lines tbody tr[data-level=NOT_ONLINE]").text()).contains("Không trực tuyến");
        assertThat(list.select("#procedures-summary").attr("data-all")).isEqualTo(Integer.toString(all));
        assertThat(list.select("#procedures-summary").attr("data-fully")).isEqualTo(Integer.toString(fully.size()));
        Document fullyList = Jsoup.parse(mvc.perform(get("/kpi/services/procedures").param("period", "2026-03")
                .param("conv", "CALENDAR").param("metric", "proceduresFullyOnline").with(supervisor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(fullyList.select("#procedure-lines tbody tr").eachAttr("data-procedure"))
                .containsExactlyElementsOf(fully);
        assertThat(fullyList.select("#procedure-lines tbody tr").eachAttr("data-level")).containsOnly("FULL_ONLINE");

        // measured outside vetflow: formula and "ngoài vetflow", never a number, a score or a colour
        var published = doc.select("#indicator-proceduresPublished");
        assertThat(published.attr("data-recorded")).isEqualTo("false");
        assertThat(published.select("td.external").text()).isEqualTo("ngoài vetflow");
        assertThat(published.text()).doesNotContain("0,0%").doesNotContain("100,0%").contains("chưa xác nhận");
        assertThat(published.select(".badge").first().hasClass("text-bg-secondary")).isTrue();
        assertThat(published.select("a")).isEmpty();
        // reuse is measured now: a number with its ratio
        assertThat(doc.select("#indicator-reuse").attr("data-recorded")).isEqualTo("true");
        assertThat(doc.select("#indicator-reuse a[data-metric=reused]")).hasSize(1);
        Document english = Jsoup.parse(mvc.perform(get("/kpi/services").param("period", "2026-03")
                .param("conv", "CALENDAR").param("lang", "en").with(supervisor))
                .andReturn().getResponse().getContentAsString());
        assertThat(english.select("#indicator-proceduresPublished td.external").text()).isEqualTo("outside vetflow");

        // export: both rows, reuse without a value
        String csv = new String(mvc.perform(get("/kpi/services/export.csv").param("table", "indicators")
                .param("period", "2026-03").param("conv", "CALENDAR").with(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Tỷ lệ thủ tục cung cấp dịch vụ công trực tuyến,"
                + String.format(java.util.Locale.ROOT, "%.1f", percent) + "," + online.size() + "," + all + ",");
        assertThat(csv).contains("Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn\",ngoài vetflow,,,");
        byte[] xlsx = mvc.perform(get("/kpi/services/export.xlsx").param("table", "indicators")
                .param("period", "2026-03").param("conv", "CALENDAR").with(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            book.getSheetAt(0).forEach(row -> names.add(row.getCell(0).getStringCellValue()));
            assertThat(names).contains("Tỷ lệ thủ tục cung cấp dịch vụ công trực tuyến", "Tỷ lệ tái sử dụng dữ liệu số hóa");
        }

        // Prometheus: a gauge for the computed indicator, none for the one without data
        users.ensure("kpiscrape2", "scrape-pass", Roles.SUPERVISOR);
        String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic("kpiscrape2", "scrape-pass")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("vetflow_kpi_percent{indicator=\"offeredOnline\"")
                .contains("indicator=\"reuse\"").doesNotContain("indicator=\"proceduresPublished\"");
    }

    /** A dossier row of its own procedure, so that other tests' dossiers never mix into the figures read. */
    private static DossierFact row(String code, String procedure, LocalDate received, LocalDate appointment,
                                   LocalDate end, int channel, String officer) {
        return new DossierFact(code, procedure, null, "gdnn", officer, channel, end == null ? 4 : 10,
                end == null ? null : "RESULT", received, received, appointment, appointment, end,
                end == null ? null : (int) (end.toEpochDay() - received.toEpochDay()), end == null ? null : 3, 0, 0,
                null, end == null ? null : "EARLY", false, false, end != null, end != null, end != null, false, false,
                null, false, true, new ArrayList<>()); // demo: a rebuild keeps rows that no process stands behind
    }

    private void save(List<DossierFact> facts) {
        store.insertDossiers(facts);
        Set<KpiStore.Cell> cells = new LinkedHashSet<>();
        facts.forEach(f -> cells.addAll(KpiStore.cells(f)));
        store.recompute(cells);
    }

    @Test
    void aPeriodUnderWayJudgesRunningDossiersTodayAndSaysSo() throws Exception {
        // Received Tue 01/12/2037, due Thu 10/12/2037, still running.
        save(List.of(row("KPI-J-1", "PJ17", LocalDate.of(2037, 12, 1), LocalDate.of(2037, 12, 10), null, 2, "-")));
        RequestPostProcessor supervisor = user("kpisv").roles(Roles.SUPERVISOR);

        clock.setTo(LocalDateTime.of(2037, 12, 6, 10, 0).atZone(VN).toInstant());
        Document today = Jsoup.parse(mvc.perform(get("/kpi/services").param("period", "2037-12").param("conv", "CALENDAR")
                .param("by", "procedure").with(supervisor)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        var row = today.select("#onestop tbody tr:has(td[data-key=PJ17])");
        assertThat(row.select("a[data-metric=runningLate]").text()).isEqualTo("0");
        assertThat(row.select("a[data-metric=runningNotDue]").text()).isEqualTo("1");
        assertThat(today.select("#judged-on").attr("data-day")).isEqualTo("06/12/2037");
        assertThat(today.select("#judged-on").text()).contains("06/12/2037").contains("không phải tại ngày cuối kỳ");

        // the same month seen once it is over: judged on 31/12, late
        clock.setTo(LocalDateTime.of(2038, 1, 5, 10, 0).atZone(VN).toInstant());
        Document after = Jsoup.parse(mvc.perform(get("/kpi/services").param("period", "2037-12").param("conv", "CALENDAR")
                .param("by", "procedure").with(supervisor)).andReturn().getResponse().getContentAsString());
        assertThat(after.select("#onestop tbody tr:has(td[data-key=PJ17]) a[data-metric=runningLate]").text()).isEqualTo("1");
        assertThat(after.select("#judged-on").attr("data-day")).isEqualTo("31/12/2037");
    }

    @Test
    void theOnlineRateCountsTheRecordedChannelAndTheGroupsOf766Render() throws Exception {
        // April 2018 (calendar): two online, one at the counter, one by post → 2 ÷ 4 = 50%.
        LocalDate day = LocalDate.of(2018, 4, 3);
        save(List.of(row("KPI-C-1", "P1", day, day.plusDays(14), day.plusDays(2), 2, "-"),
                row("KPI-C-2", "P1", day, day.plusDays(14), day.plusDays(2), 2, "-"),
                row("KPI-C-3", "P1", day, day.plusDays(14), day.plusDays(2), 1, "-"),
                row("KPI-C-4", "P1", day, day.plusDays(14), day.plusDays(2), 3, "-")));
        Document doc = Jsoup.parse(mvc.perform(get("/kpi/services").param("period", "2018-04").param("conv", "CALENDAR")
                .with(user("kpisv").roles(Roles.SUPERVISOR))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        var online = doc.select("#indicator-online");
        assertThat(online.select("a[data-metric=receivedOnline]").text()).isEqualTo("2");
        assertThat(online.select("a[data-metric=received]").text()).isEqualTo("4");
        assertThat(online.text()).contains("50,0%");
        // the five groups and the whole index; outside points said plainly
        assertThat(doc.select("#groups tbody tr")).hasSize(6);
        for (String group : List.of("transparency", "progress", "digitisation", "online", "satisfaction")) {
            assertThat(doc.select("#group-" + group)).as(group).hasSize(1);
            assertThat(doc.select("#indicators tr[data-group=" + group + "]")).as(group).isNotEmpty();
        }
        assertThat(doc.select("#group-transparency").text()).contains("Công khai, minh bạch").contains("18")
                .contains("4 điểm đo ngoài vetflow");
        assertThat(doc.select("#group-total").attr("data-measurable")).isEqualTo("84");
        assertThat(doc.select("#group-total").attr("data-external")).isEqualTo("16");
        // all four done early with an electronic result (2 days of 14): on time 20/20, e-result 8/8; the
        // portal has none of them: synced 0 / 14
        assertThat(doc.select("#group-progress").attr("data-score")).isEqualTo("20.00");
        assertThat(doc.select("#indicator-dossiersSynced").text()).contains("0,0%");
        assertThat(doc.select("#indicator-electronicResult").text()).contains("100,0%");
    }

    @Test
    void drillDownListsShowNamesNotCodes() throws Exception {
        if (identity.createUserQuery().userId("kpi17officer").count() == 0) {
            User u = identity.newUser("kpi17officer");
            u.setFirstName("An");
            u.setLastName("Nguyễn Văn");
            u.setPassword("x-kpi17officer");
            identity.saveUser(u);
        }
        LocalDate day = LocalDate.of(2018, 6, 4);
        save(List.of(row("KPI-N-1", "P1", day, day.plusDays(14), day.plusDays(3), 2, "kpi17officer"),
                row("KPI-N-2", "P1", day, day.plusDays(14), day.plusDays(3), 1, DossierFact.NOBODY)));
        RequestPostProcessor supervisor = user("kpisv").roles(Roles.SUPERVISOR);
        Document list = Jsoup.parse(mvc.perform(get("/kpi/services/dossiers").param("period", "2018-06")
                .param("conv", "CALENDAR").param("metric", "received").with(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        var lines = list.select("#dossier-lines tbody tr");
        assertThat(lines).hasSize(2);
        assertThat(lines.select("td.procedure").first().text())
                .startsWith("Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp");
        assertThat(lines.select("td.unit").first().text()).isEqualTo("Phòng Giáo dục nghề nghiệp");
        assertThat(lines.select("td.officer").eachText()).containsExactly("Nguyễn Văn An", "Chưa phân công");
        assertThat(lines.text()).doesNotContain("kpi17officer");
        // the one-stop table by officer and by unit shows names too
        Document byOfficer = Jsoup.parse(mvc.perform(get("/kpi/services").param("period", "2018-06").param("conv", "CALENDAR")
                .param("by", "officer").with(supervisor)).andReturn().getResponse().getContentAsString());
        assertThat(byOfficer.select("#onestop td[data-key=kpi17officer]").text()).isEqualTo("Nguyễn Văn An");
        Document byUnit = Jsoup.parse(mvc.perform(get("/kpi/services").param("period", "2018-06").param("conv", "CALENDAR")
                .param("by", "unit").with(supervisor)).andReturn().getResponse().getContentAsString());
        assertThat(byUnit.select("#onestop td[data-key=gdnn]").text()).isEqualTo("Phòng Giáo dục nghề nghiệp");
    }

    @Test
    void targetsAndInspectionsGiveTheSameShareForTheSamePeriodAndSayWhichOne() throws Exception {
        clock.setTo(LocalDateTime.of(2036, 6, 20, 10, 0).atZone(VN).toInstant());
        Instant now = clock.instant();
        // one digital inspection closed on 20/12/2035 (Decree 09 year 2036, before 1 January), one paper one in 2036
        publish(new InspectionClassified("KPI-P-1", "CS1", LocalDate.of(2035, 12, 20), true, false, List.of(), now));
        publish(new InspectionClassified("KPI-P-2", "CS2", LocalDate.of(2036, 2, 9), false, true, List.of(), now));
        publications.awaitReactions();
        RequestPostProcessor leader = user("kpild").roles(Roles.LEADER);
        Document targets = Jsoup.parse(mvc.perform(get("/kpi/targets").with(leader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        Document inspections = Jsoup.parse(mvc.perform(get("/kpi/inspections").with(leader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        var line = targets.select("#target-inspectionsDigital");
        String shown = inspections.select("#share-digital").text() + "/" + inspections.select("#share-closed").text();
        assertThat(shown).isEqualTo("1/2");
        assertThat(line.text()).contains("(" + shown + ")").contains("50,0%");
        // both say the period: Decree 09 year 2036, 15/12/2035 to today
        assertThat(line.select(".target-period").attr("data-from")).isEqualTo("15/12/2035");
        assertThat(line.select(".target-period").attr("data-to")).isEqualTo("20/06/2036");
        assertThat(inspections.select("#share-period").attr("data-from")).isEqualTo("15/12/2035");
        assertThat(inspections.select("#share-period").attr("data-to")).isEqualTo("20/06/2036");
        assertThat(line.select(".target-period").text()).contains("15/12/2035").contains("20/06/2036");
        assertThat(line.select(".target-period a").attr("href")).contains("period=2036").contains("conv=DECREE_09");
        // level-4 procedures synced with the national portal: on the same Decree 09 year
        assertThat(targets.select("#target-onlineServicesIntegrated .target-period").attr("data-to")).isEqualTo("20/06/2036");
    }

    private static DossierFact fact(String code, LocalDate received, LocalDate end, String timeliness, int channel,
                                    int rounds) {
        LocalDate appointment = received.plusDays(14);
        return new DossierFact(code, "P1", "Cấp giấy chứng nhận", "gdnn", "chuyenvien", channel, end == null ? 4 : 10,
                end == null ? null : "RESULT", received, received, end == null ? LocalDate.of(2019, 5, 6) : appointment,
                end == null ? LocalDate.of(2019, 5, 6) : appointment, end,
                end == null ? null : (int) (end.toEpochDay() - received.toEpochDay()), end == null ? null : 3, rounds, 0,
                null, timeliness, false, false, end != null, end != null, true, false, false, null, false, true,
                new ArrayList<>());
    }

    @Test
    void everyXlsxExportOpensInBothLanguages() throws Exception {
        for (String page : List.of("services", "process", "inspections", "targets")) {
            for (String lang : List.of("vi", "en")) {
                for (String table : page.equals("services") ? List.of("onestop", "indicators") : List.of("")) {
                    byte[] xlsx = mvc.perform(get("/kpi/" + page + "/export.xlsx").param("lang", lang)
                                    .param("table", table).with(user("kpixlsx").roles(Roles.SUPERVISOR)))
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                        String name = book.getSheetAt(0).getSheetName();
                        assertThat(name).as(page + " " + lang).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[:\\\\/?*\\[\\]]");
                        assertThat(book.getSheetAt(0).getRow(0).getPhysicalNumberOfCells()).isGreaterThan(1);
                    }
                }
            }
        }
        assertThat(KpiTable.sheetName("Quy trình: bước chờ và bước xử lý của hồ sơ")).hasSize(31).doesNotContain(":");
    }

    @Test
    void servicesTrendRunsUpToTheSelectedPeriodWithGapsForEmptyOnes() throws Exception {
        for (String conv : List.of("DECREE_09", "CALENDAR")) {
            Document doc = Jsoup.parse(mvc.perform(get("/kpi/services").param("period", "2026-12").param("conv", conv)
                    .with(user("kpitrend").roles(Roles.SUPERVISOR))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
            var trend = new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc.select("#trend-chart").attr("data-trend"));
            assertThat(trend.get("labels")).hasSize(12);
            assertThat(trend.get("labels").get(0).asText()).isEqualTo("01/2026");
            assertThat(trend.get("labels").get(11).asText()).isEqualTo("12/2026");
            assertThat(trend.get("onTime")).hasSize(12);
            assertThat(trend.get("online")).hasSize(12);
            assertThat(trend.get("received")).hasSize(12);
        }
        // far in the future nothing is recorded: every period is there, with no rate (a gap) and 0 received
        var empty = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Jsoup.parse(mvc.perform(get("/kpi/services")
                .param("period", "2099-06").with(user("kpitrend").roles(Roles.SUPERVISOR))).andReturn().getResponse()
                .getContentAsString()).select("#trend-chart").attr("data-trend"));
        assertThat(empty.get("labels").get(11).asText()).isEqualTo("06/2099");
        assertThat(empty.get("onTime").get(11).isNull()).isTrue();
        assertThat(empty.get("received").get(11).asInt()).isZero();
    }

    /** Publishes as the inspection module does: inside a transaction, reactions after its commit. */
    private void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }
}
