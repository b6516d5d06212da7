package vn.vetflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vetflow.audit.AuditEvent;
import vn.vetflow.audit.AuditTrail;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.identity.Roles;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.support.Chromium;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/**
 * Three officers, each in their own Chromium session and in Vietnamese, take one P1 dossier from receipt
 * to result through the workspace: the reception officer finds it unclaimed and accepts it, the
 * specialist finds it by its code, reads the case file and proposes approval, the leader sees it in the
 * whole unit's list and approves. Only the automatic online return of the result is run by the test.
 * Screenshots land in target/screenshots/officer-*.png.
 */
@Tag("browser")
@VetflowTest
class OfficerJourneyBrowserTest {

    static final String PASSWORD = "Officer2026xyz";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort int port;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired TestUsers users;
    @Autowired DossierService dossiers;
    @Autowired ManagementService management;
    @Autowired AuditTrail audit;

    @Test
    void receptionSpecialistAndLeaderTakeOneDossierFromReceiptToResult() {
        users.ensure("bttiepnhan", PASSWORD, Roles.RECEPTION, List.of("motcua"));
        users.ensure("btchuyenvien", PASSWORD, Roles.SPECIALIST, List.of("gdnn"));
        users.ensure("btlanhdao", PASSWORD, Roles.LEADER, List.of("motcua", "gdnn"));
        users.ensure("btcongdan", PASSWORD, Roles.APPLICANT);
        String code = submission.submit(submissions.valid("P1", "btcongdan", "officer-journey-1")).dossier().getCode();

        // Reception: the new dossier waits unclaimed; open it, claim it, accept it.
        try (BrowserContext context = officer("bttiepnhan")) {
            Page page = context.pages().get(0);
            // Looked up by its code: other test classes leave many unclaimed dossiers, more than one page.
            page.navigate(base() + "/workspace?tab=unclaimed&q=" + code);
            Locator row = page.locator("tr[data-code='" + code + "']");
            assertThat(row.count()).as("the new dossier is in reception's unclaimed list").isEqualTo(1);
            Chromium.shot(page, "officer-01-reception-list");
            load(page, row.locator("a[href*='/workspace/tasks/']").first());
            assertThat(page.content()).contains(code);
            load(page, page.locator("form[action$='/claim'] button[type=submit]"));
            page.check("#field-receptionDecision-0");
            Chromium.shot(page, "officer-02-reception-task");
            submitDecision(page);
        }
        assertThat(dossiers.get(code).getStatus()).isEqualTo(DossierStatus.PROCESSING);

        // Specialist: finds the dossier by its code, sees the case file, proposes approval.
        try (BrowserContext context = officer("btchuyenvien")) {
            Page page = context.pages().get(0);
            page.navigate(base() + "/workspace?tab=unclaimed");
            page.fill("#q", code);
            page.waitForNavigation(() -> page.locator("#q").press("Enter"));
            Locator row = page.locator("tr[data-code='" + code + "']");
            assertThat(row.count()).as("search by code finds the dossier").isEqualTo(1);
            load(page, row.locator("a[href*='/workspace/tasks/']").first());
            assertThat(page.content()).as("the case file shows the applicant's files")
                    .contains(dossiers.get(code).getApplicantName());
            load(page, page.locator("form[action$='/claim'] button[type=submit]"));
            page.check("#field-appraisalDecision-0");
            page.fill("#field-appraisalNote", "Đủ điều kiện về cơ sở vật chất, nhà giáo và chương trình đào tạo");
            Chromium.shot(page, "officer-03-appraisal");
            submitDecision(page);
        }

        // Leader: the whole unit's list shows the dossier waiting for approval; approve it.
        try (BrowserContext context = officer("btlanhdao")) {
            Page page = context.pages().get(0);
            page.navigate(base() + "/workspace?tab=all&q=" + code);
            Locator row = page.locator("tr[data-code='" + code + "']");
            assertThat(row.count()).as("the leader sees the dossier in the unit's list").isEqualTo(1);
            Chromium.shot(page, "officer-04-leader-list");
            load(page, row.locator("a[href*='/workspace/tasks/']").first());
            assertThat(page.content()).contains("Đủ điều kiện về cơ sở vật chất");
            load(page, page.locator("form[action$='/claim'] button[type=submit]"));
            page.check("#field-approvalDecision-0");
            Chromium.shot(page, "officer-05-approval");
            submitDecision(page);
        }

        // The result goes back online (an asynchronous step the test runs); the dossier is done.
        String instance = dossiers.get(code).getProcessInstanceId();
        management.createJobQuery().processInstanceId(instance).activityId("Task_ReturnResult").list()
                .forEach(job -> management.executeJob(job.getId()));
        assertThat(dossiers.get(code).getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(audit.ofDossier(code)).extracting(AuditEvent::getUsername)
                .contains("bttiepnhan", "btchuyenvien", "btlanhdao");
    }

    private BrowserContext officer(String username) {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(1366, 900));
        Page page = context.newPage();
        page.navigate(base() + "/login");
        page.fill("#username", username);
        page.fill("#password", PASSWORD);
        load(page, page.locator("form[action$='/login'] button[type=submit]"));
        return context;
    }

    /** Submits the step's form and checks the officer lands back on the list with the task gone. */
    private void submitDecision(Page page) {
        load(page, page.locator(".vf-decision form:not([action$='/claim']) button[type=submit]"));
        assertThat(page.url()).matches(".*/workspace(\\?.*)?$");
        assertThat(page.locator(".alert-success").count()).as("a confirmation is shown").isPositive();
    }

    /**
     * Clicks what loads another page and returns once that page has loaded, so nothing is read from a page
     * still on its way (on a busy machine the old page's content is still there right after the click).
     */
    private static void load(Page page, Locator target) {
        page.waitForNavigation(target::click);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
