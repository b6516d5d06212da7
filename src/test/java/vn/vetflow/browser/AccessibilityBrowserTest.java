package vn.vetflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vetflow.inspection.InspectionTestSupport.INSPECTOR;
import static vn.vetflow.inspection.InspectionTestSupport.LEADER;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vetflow.identity.Roles;
import vn.vetflow.inspection.InspectionTestSupport;
import vn.vetflow.portal.apply.ApplicationDrafts;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.support.Browsers;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/**
 * Accessible to everyone (issue 19, Circular 26/2020/TT-BTTTT following WCAG): every page each role can reach
 * (one page per template at least, with a dossier, a draft, an officer's task and an inspection to show) passes
 * axe-core's WCAG 2.1 A and AA rules with no violation, in Vietnamese at 1280 px and 375 px and in English at
 * 375 px (see {@link AxeScan}), and no page scrolls sideways at 320 px. A failure lists every problem: user, language, width, page, rule, element.
 */
@Tag("browser")
@VetflowTest
class AccessibilityBrowserTest {

    static final String PASSWORD = "pw";

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort int port;
    @Autowired InspectionTestSupport inspection;
    @Autowired TestUsers users;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired ApplicationDrafts drafts;
    @Autowired TaskService tasks;

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

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
    void everyPageOfEveryRoleHasNoWcagViolationAndNoSidewaysScroll() {
        inspection.ensure();
        users.ensure("axreception", PASSWORD, Roles.RECEPTION, List.of("motcua"));
        users.ensure("axadmin", PASSWORD, Roles.ADMIN);
        String dossier = submission.submit(submissions.valid("P1", "ktapplicant", "axe-dossier")).dossier().getCode();
        String receptionTask = tasks.createTaskQuery().processInstanceBusinessKey(dossier).singleResult().getId();
        long draft = drafts.openFor("ktapplicant", "P1").getId();
        String announced = announcedInspection();
        String selfAssessment = inspection.task(announced, "Task_SelfAssessment").getId();
        String drafting = inspection.start();
        String draftDecision = inspection.task(drafting, "Task_DraftDecision").getId();
        String institution = InspectionTestSupport.INSTITUTION;

        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(null, List.of("/", "/procedures", "/procedures/P1", "/lookup", "/register", "/password/forgot",
                "/login", "/verify"));
        pages.put("ktapplicant", List.of("/my/dossiers", "/my/dossiers/" + dossier, "/my/dossiers/" + dossier + "/withdraw",
                "/my/drafts", "/my/drafts/" + draft, "/my/drafts/" + draft + "/files", "/my/drafts/" + draft + "/review"));
        pages.put("axreception", List.of("/workspace", "/workspace?tab=overdue", "/workspace/tasks/" + receptionTask,
                "/workspace/settings"));
        pages.put("ktleader", List.of("/workspace?tab=all", "/inspection-plans"));
        pages.put("ktinspector", List.of("/workspace/inspections", "/workspace/inspections/" + announced,
                "/workspace/inspections/tasks/" + draftDecision, "/institutions", "/institutions/" + institution,
                "/institutions/new", "/institutions/" + institution + "/edit"));
        pages.put("ktstaff", List.of("/my/inspections", "/my/inspections/" + announced,
                "/my/inspections/tasks/" + selfAssessment, "/institutions/" + institution));
        pages.put("ktsupervisor", List.of("/kpi/services", "/kpi/services/dossiers?metric=received", "/kpi/services/procedures",
                "/kpi/targets", "/kpi/process", "/kpi/inspections", "/kpi/inspections/list", "/inspections/paper",
                "/national-portal", "/national-portal/dossiers/" + dossier));
        pages.put("axadmin", List.of("/admin/logins", "/admin/calendar", "/admin/catalogue", "/admin/catalogue/P1",
                "/admin/mails", "/national-portal/simulator"));

        AxeScan scan = new AxeScan(browser, "http://localhost:" + port);
        List<String> problems = new ArrayList<>();
        pages.forEach((user, paths) -> problems.addAll(scan.scan(user, PASSWORD, paths)));
        problems.forEach(System.out::println);
        assertThat(problems).as("axe-core WCAG 2.1 A/AA violations and sideways scrolling").isEmpty();
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
