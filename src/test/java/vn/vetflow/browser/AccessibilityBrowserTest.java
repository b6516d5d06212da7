package vn.vetflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vetflow.browser.AxeScan.Visit.get;
import static vn.vetflow.inspection.InspectionTestSupport.INSPECTOR;
import static vn.vetflow.inspection.InspectionTestSupport.LEADER;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.vetflow.accounts.AccountType;
import vn.vetflow.accounts.CounterAccounts;
import vn.vetflow.browser.AxeScan.Visit;
import vn.vetflow.identity.Roles;
import vn.vetflow.inspection.InspectionTestSupport;
import vn.vetflow.inspection.Inspections;
import vn.vetflow.inspectionplan.InspectionPlans;
import vn.vetflow.institution.ParticularsChanges;
import vn.vetflow.institution.ParticularsForm;
import vn.vetflow.notification.CapturedMail;
import vn.vetflow.notification.CapturingMailer;
import vn.vetflow.payment.PaymentService;
import vn.vetflow.portal.apply.ApplicationDrafts;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.support.Browsers;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;
import vn.vetflow.tasks.TaskWork;

/**
 * Accessible to everyone (issue 19, Circular 26/2020/TT-BTTTT following WCAG): every page each role can reach
 * (one page per template at least, with a dossier, a draft, an officer's task, inspections, a payment and a
 * password reset to show; error pages and forms answered with errors included) passes axe-core's WCAG 2.1 A and
 * AA rules with no violation, in Vietnamese and English at 1280 px and 375 px (see {@link AxeScan}), and no page
 * scrolls sideways at 320 px. A failure lists every problem: user, language, page, width, rule, element.
 * No page escapes: every GET handler of the application that renders a view must be scanned or excluded here with
 * its reason.
 */
@Tag("browser")
@VetflowTest
class AccessibilityBrowserTest {

    static final String PASSWORD = "pw";
    /** A year of its own for the draft plan shown, so no other test's plan is in the way. */
    static final int PLAN_YEAR = 2039;

    /** GET handlers that render no page of their own, with the reason. */
    static final Map<String, String> EXCLUDED = Map.of(
            "/kpi", "redirects to /kpi/services",
            "/my/apply/{procedureId}", "opens the applicant's draft and redirects to /my/drafts/{id}",
            "/reporting/tasks/{taskId}", "a work-list link: redirects to the report's review page /reporting/reports/{id}");

    /** The pages of every user (null: anonymous), built once for both tests of the class. */
    static Map<String, List<Visit>> pages;

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort int port;
    @Autowired vn.vetflow.reporting.ReportingRounds reportingRounds;
    @Autowired InspectionTestSupport inspection;
    @Autowired Inspections inspections;
    @Autowired TestUsers users;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired ApplicationDrafts drafts;
    @Autowired TaskService tasks;
    @Autowired TaskWork taskWork;
    @Autowired CounterAccounts counterAccounts;
    @Autowired ParticularsChanges particulars;
    @Autowired InspectionPlans plans;
    @Autowired PaymentService payments;
    @Autowired CapturingMailer mailer;
    @Autowired MockMvc mvc;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void everyPageOfEveryRoleHasNoWcagViolationAndNoSidewaysScroll() throws Exception {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
        AxeScan scan = new AxeScan(browser, "http://localhost:" + port);
        List<String> problems = new ArrayList<>();
        pages().forEach((user, visits) -> problems.addAll(scan.scan(user, PASSWORD, visits)));
        assertThat(problems).as("axe-core WCAG 2.1 A/AA violations and sideways scrolling").isEmpty();
    }

    /** A new page fails here until it is added to the scan (or excluded with a reason). */
    @Test
    void everyPageOfTheApplicationIsScannedOrExcludedForAReason() throws Exception {
        Set<String> viewPatterns = getViewPatterns();
        List<String> scanned = pages().values().stream().flatMap(List::stream).filter(visit -> !visit.posted())
                .map(visit -> visit.path().replaceFirst("[?#].*", "")).toList();
        List<String> unscanned = viewPatterns.stream().filter(pattern -> !EXCLUDED.containsKey(pattern))
                .filter(pattern -> scanned.stream().noneMatch(path -> matches(pattern, path))).toList();
        assertThat(unscanned).as("pages neither scanned by AccessibilityBrowserTest nor excluded with a reason")
                .isEmpty();
        assertThat(viewPatterns).as("exclusions of pages that no longer exist").containsAll(EXCLUDED.keySet());
    }

    /** The URL patterns of the application's GET handlers that answer with a page (a view), not data or a file. */
    private Set<String> getViewPatterns() {
        Set<String> patterns = new TreeSet<>();
        handlers.getHandlerMethods().forEach((mapping, handler) -> {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            if (handler.getBeanType().getPackageName().startsWith("vn.vetflow")
                    && (methods.isEmpty() || methods.contains(RequestMethod.GET)) && rendersView(handler)) {
                patterns.addAll(mapping.getPatternValues());
            }
        });
        assertThat(patterns).as("the application's pages, found in its handler mapping").contains("/", "/workspace");
        return patterns;
    }

    private static boolean rendersView(HandlerMethod handler) {
        if (handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
            return false;
        }
        Class<?> type = handler.getReturnType().getParameterType();
        // Object: the error controller answers a page to people and a problem document to programs.
        return type == String.class || ModelAndView.class.isAssignableFrom(type) || type == Object.class;
    }

    private static boolean matches(String pattern, String path) {
        return PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
    }

    private Map<String, List<Visit>> pages() throws Exception {
        if (pages == null) {
            pages = buildPages();
        }
        return pages;
    }

    private Map<String, List<Visit>> buildPages() throws Exception {
        inspection.ensure();
        users.ensure("axreception", PASSWORD, Roles.RECEPTION, List.of("motcua"));
        users.ensure("axadmin", PASSWORD, Roles.ADMIN);
        String dossier = submission.submit(submissions.valid("P1", "ktapplicant", "axe-dossier")).dossier().getCode();
        String receptionTask = tasks.createTaskQuery().processInstanceBusinessKey(dossier).singleResult().getId();
        long draft = drafts.openFor("ktapplicant", "P1").getId();
        long rejectedDraft = drafts.openFor("ktapplicant", "PT1").getId();
        String announced = announcedInspection();
        String selfAssessment = inspection.task(announced, "Task_SelfAssessment").getId();
        String drafting = inspection.start();
        String draftDecision = inspection.task(drafting, "Task_DraftDecision").getId();
        String decided = inspection.start();
        String decidedTask = inspection.task(decided, "Task_DraftDecision").getId();
        inspection.work(decided, "Task_DraftDecision", "ktinspector", INSPECTOR, InspectionTestSupport.decision());
        String institution = InspectionTestSupport.INSTITUTION;
        String paper = inspections.registerPaper(new Inspections.PaperInspection(institution,
                "Kiểm tra việc tuyển sinh năm 2025", LocalDate.of(2025, 10, 6), "42/QĐ-SLĐTBXH", LocalDate.of(2025, 11, 20),
                "57/KL-SLĐTBXH", List.of(new Inspections.Upload("ket-luan.pdf", "application/pdf", TestSubmissions.PDF))),
                "ktsupervisor");
        // A PT1 dossier (it carries a fee) accepted at reception waits for payment: its order opens the gateway's page,
        // and its finished reception task answers a late decision with the conflict page.
        String fee = submission.submit(submissions.valid("PT1", "ktapplicant", "axe-fee")).dossier().getCode();
        String feeReception = tasks.createTaskQuery().processInstanceBusinessKey(fee).singleResult().getId();
        taskWork.complete(feeReception, "axreception", List.of(Roles.RECEPTION, "motcua"),
                Map.of("receptionDecision", "ACCEPT"));
        String gateway = payments.startPayment(fee, "ktapplicant").toString();
        String resetToken = resetToken(InspectionTestSupport.LEADER_EMAIL);
        if (plans.plan(PLAN_YEAR).isEmpty()) {
            plans.create(PLAN_YEAR, "ktinspector");
            plans.addItem(PLAN_YEAR, institution, List.of("teachers"), 2, null, "ktinspector");
        }
        Map<String, String> lookup = Map.of("code", dossier, "idNumber", "0101234567");
        // An applicant known to the desk, to open the counter intake form for.
        String deskApplicant = counterAccounts.byIdNumber("015200009876").orElseGet(() -> counterAccounts.open(
                new CounterAccounts.NewApplicant(AccountType.PERSON, "Lò Văn Páo", "015200009876", null, "0912 345 678",
                        "Bản Hồ, xã Sa Pa, tỉnh Lào Cai"), "axreception")).username();
        // A change the institution proposed, waiting for the Department.
        if (particulars.pending(institution).isEmpty()) {
            particulars.propose(institution, "ktstaff",
                    new ParticularsForm("Số 2 đường Mới", "Phường Mới", "", "", "", "", "21.7", "104.9"));
        }

        // A reporting round of its own year: the institution's report and the Department's pages of it.
        String reportingRound = reportingRounds.round("2043-Y").map(vn.vetflow.reporting.Round::code).orElseGet(() ->
                reportingRounds.open(new vn.vetflow.reporting.OpenRound(vn.vetflow.reporting.RoundRules.RoundKind.YEAR,
                        2043, null, null, null), "ktleader"));
        long report = reportingRounds.reports(reportingRounds.round(reportingRound).orElseThrow()).stream()
                .filter(r -> r.institutionCode().equals(institution)).findFirst().orElseThrow().id();
        String round = reportingRound(institution);

        Map<String, List<Visit>> pages = new LinkedHashMap<>();
        pages.put(null, List.of(get("/"), get("/procedures"), get("/procedures/P1"), get("/lookup"),
                Visit.post("/lookup", 200, lookup), Visit.post("/lookup", 422, Map.of("code", "", "idNumber", "")),
                get("/register"), Visit.post("/register", 200, Map.of("email", "không-phải-thư")),
                get("/password/forgot"), Visit.post("/password/forgot", 200, Map.of("email", "ai@example.vn")),
                get("/password/reset?token=" + resetToken), get("/password/reset?token=het-han-hoac-da-dung"),
                get("/login"), get("/verify"), Visit.post("/verify", 200, Map.of("number", "01/QĐ-SLĐTBXH", "code", "X")),
                get("/payments/callback?vnp_TxnRef=khong-co", 400), get("/error", 500),
                get("/network"), get("/network?type=COLLEGE&occupation=dien"), get("/diplomas"),
                Visit.post("/diplomas", 200, Map.of("number", "CĐN-2025/0142", "holderName", "Hoàng Thị Mai")),
                Visit.post("/diplomas", 422, Map.of("number", "", "holderName", ""))));
        pages.put("ktapplicant", List.of(get("/my/data-store"), get("/my/dossiers"), get("/my/dossiers/" + dossier),
                get("/my/dossiers/" + dossier + "/withdraw"), get("/my/drafts"), get("/my/drafts/" + draft),
                get("/my/drafts/" + draft + "/files"), get("/my/drafts/" + draft + "/review"),
                Visit.post("/my/drafts/" + rejectedDraft, 200, Map.of("subject", "", "action", "next")),
                get("/my/dossiers/" + fee), get(gateway), get("/dev/mailbox"),
                // an unknown address: signed in, the 404 page (an anonymous visitor is sent to log in first)
                get("/khong-co-trang-nay", 404), get("/my/dossiers/KHONG-CO", 404), get("/my/drafts/999999999", 404),
                get("/workspace", 403)));
        pages.put("axreception", List.of(get("/desk"), get("/desk?idNumber=015200009876"),
                get("/desk/intake?procedure=P1&applicant=" + deskApplicant), get("/desk/dossiers/" + dossier),
                get("/workspace"), get("/workspace?tab=overdue"),
                get("/workspace/tasks/" + receptionTask), get("/workspace/settings"),
                get("/workspace/tasks/khong-co", 404), get("/workspace/tasks/" + draftDecision, 403),
                Visit.post("/workspace/tasks/" + feeReception, 409, Map.of("dossierCode", fee))));
        pages.put("ktleader", List.of(get("/workspace?tab=all"), get("/inspection-plans"),
                get("/inspection-plans/" + PLAN_YEAR), get("/dev/mailbox"), get("/reporting"),
                get("/reporting/rounds/" + reportingRound), get("/reporting/reports/" + report),
                get("/workspace/inspections/tasks/" + decidedTask, 409)));
        pages.put("ktinspector", List.of(get("/workspace/inspections"), get("/workspace/inspections/" + announced),
                get("/workspace/inspections/tasks/" + draftDecision), get("/institutions"), get("/institutions/" + institution),
                get("/institutions/new"), get("/institutions/" + institution + "/edit"),
                get("/institution-changes"), get("/workspace/inspections/KHONG-CO", 404), get("/workspace/inspections/tasks/" + selfAssessment, 403),
                get("/reporting/consolidation"), get("/reporting/consolidation/" + round),
                get("/reporting/consolidation/" + round + "/figures/teachersDigitalCompetence")));
        pages.put("ktstaff", List.of(get("/my/institution"), get("/my/institution/diplomas"),
                Visit.post("/my/institution/diplomas", 422, Map.of("number", "", "issuedOn", "31/02/2025")),
                get("/my/inspections"), get("/my/inspections/" + announced),
                get("/my/inspections/tasks/" + selfAssessment), get("/institutions/" + institution),
                get("/my/reports"), get("/my/reports/" + report)));
        pages.put("ktsupervisor", List.of(get("/kpi/services"), get("/kpi/services/dossiers?metric=received"),
                get("/kpi/services/procedures"), get("/kpi/targets"), get("/kpi/targets/teachersDigitalCompetence"),
                get("/kpi/targets/institutionsOnDigitalMap"), get("/kpi/process"), get("/kpi/inspections"),
                get("/kpi/inspections/list"), get("/inspections/paper"), get("/inspections/paper/" + paper),
                get("/national-portal"), get("/national-portal/dossiers/" + dossier)));
        pages.put("axadmin", List.of(get("/admin/logins"), get("/admin/calendar"), get("/admin/catalogue"),
                get("/admin/catalogue/P1"), get("/admin/mails"), get("/national-portal/simulator"), get("/dev/mailbox")));
        return pages;
    }

    /** A closed reporting round with the institution's accepted report, for the provincial report's pages. */
    private String reportingRound(String institution) {
        String code = "AX-2039-H1";
        if (jdbc.queryForObject("select count(*) from reporting_round where code = ?", Integer.class, code) == 0) {
            jdbc.update("insert into reporting_round (code, period_kind, period_from, period_to, due_on, template_key,"
                    + " status, opened_by, opened_at) values (?, 'HALF_YEAR', ?, ?, ?, 'vet-statistics', 'CLOSED',"
                    + " 'ktinspector', current_timestamp)", code, LocalDate.of(2038, 12, 15), LocalDate.of(2039, 6, 14),
                    LocalDate.of(2039, 6, 19));
            long id = jdbc.queryForObject("select id from reporting_round where code = ?", Long.class, code);
            jdbc.update("insert into reporting_report (round_id, institution_code, status, due_on) values (?, ?,"
                    + " 'ACCEPTED', ?)", id, institution, LocalDate.of(2039, 6, 19));
            long report = jdbc.queryForObject("select id from reporting_report where round_id = ?", Long.class, id);
            jdbc.update("insert into reporting_figure (report_id, indicator, figure) values (?, 'teachers', 48),"
                    + " (?, 'teachersDigitalCompetence', 31)", report, report);
        }
        return code;
    }

    /** A reset link's token, as the forgotten-password form mails it. */
    private String resetToken(String email) throws Exception {
        Pattern token = Pattern.compile("token=([A-Za-z0-9_-]+)");
        Set<Long> before = mailer.to(email).stream().map(CapturedMail::id).collect(java.util.stream.Collectors.toSet());
        mvc.perform(post("/password/forgot").param("email", email).with(csrf())).andExpect(status().is3xxRedirection());
        // The reset mail goes out after commit, and the same address may receive other mails (escalations) meanwhile.
        return Awaitility.await("the reset mail").atMost(Duration.ofSeconds(60)).until(() -> {
            for (CapturedMail mail : mailer.to(email)) {
                Matcher link = token.matcher(mail.mail().textBody());
                if (!before.contains(mail.id()) && link.find()) {
                    return link.group(1);
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }

    /** An inspection announced to the institution, waiting for its self-assessment. */
    private String announcedInspection() {
        String code = inspection.start();
        inspection.work(code, "Task_DraftDecision", "ktinspector", INSPECTOR, InspectionTestSupport.decision());
        inspection.work(code, "Task_SignDecision", "ktleader", LEADER, Map.of("decisionSignoff", "SIGN"));
        inspection.planApproved(code);
        inspection.work(code, "Task_Notice", "ktinspector", INSPECTOR, InspectionTestSupport.notice("SYSTEM"));
        inspection.work(code, "Task_Announce", "ktinspector", INSPECTOR, Map.of("announcedOn", "2026-03-03"));
        return code;
    }
}
