package vn.vetflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vetflow.inspection.InspectionTestSupport.INSPECTOR;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vetflow.support.Chromium;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/**
 * One inspection in real Chromium, each party in its own pages: the inspector starts it and drafts the
 * decision, the leader signs it, the institution sends its self-assessment with evidence and acknowledges
 * the minutes, the leader approves the conclusion, the institution reports its remediation with a file and
 * the inspector accepts it; the file page then says the inspection counts as digital. The team's middle
 * steps (plan, notice, check, minutes, report, draft conclusion) are taken through the service.
 */
@Tag("browser")
@VetflowTest
class InspectionJourneyBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort int port;
    @Autowired Inspections inspections;
    @Autowired InspectionTestSupport support;

    @Test
    void anInspectorALeaderAndAnInstitutionCarryOneInspection() throws Exception {
        support.ensure();
        String base = "http://localhost:" + port;
        Path evidence = Files.write(Files.createTempFile("minh-chung", ".pdf"), TestSubmissions.PDF);

        // The inspector starts an ad-hoc inspection and drafts the decision.
        String code;
        try (BrowserContext context = context()) {
            Page page = login(context, base, "ktinspector");
            page.navigate(base + "/workspace/inspections");
            page.selectOption("#field-institution", InspectionTestSupport.INSTITUTION);
            page.fill("#field-subject", "Kiểm tra điều kiện bảo đảm chất lượng (trình duyệt)");
            page.locator("#start-form button[type=submit]").click();
            page.waitForURL("**/workspace/inspections/KT-*");
            code = page.url().substring(page.url().lastIndexOf('/') + 1);
            Chromium.shot(page, "inspection-01-file");
            page.locator("a[href^='/workspace/inspections/tasks/']").first().click();
            page.fill("[name='f.decisionNumber']", "25/QĐ-SGDĐT");
            page.fill("[name='f.decisionSubject']", "Kiểm tra điều kiện bảo đảm chất lượng đào tạo");
            page.fill("[name='f.legalBasis']", "Nghị định 217/2025/NĐ-CP");
            page.check("#field-inspectionMode-0");
            page.fill("[name='f.checkFrom']", "2026-12-14");
            page.fill("[name='f.checkTo']", "2026-12-18");
            page.locator("#step-form button[type=submit]").click();
            page.waitForURL("**/workspace/inspections/" + code);
        }
        assertThat(support.openSteps(code))
                .containsExactly("Task_SignDecision");

        // The leader signs it from the work list.
        try (BrowserContext context = context()) {
            Page page = login(context, base, "ktleader");
            page.navigate(base + "/workspace?tab=unclaimed&q=" + code);
            page.locator("a[href^='/workspace/inspections/tasks/']").first().click();
            page.check("#field-decisionSignoff-0");
            Chromium.shot(page, "inspection-02-sign");
            page.locator("#step-form button[type=submit]").click();
            page.waitForURL("**/workspace/inspections/" + code);
        }
        support.planApproved(code);
        support.work(code, "Task_Notice", "ktinspector", INSPECTOR, InspectionTestSupport.notice("SYSTEM"));
        support.work(code, "Task_Announce", "ktinspector", INSPECTOR, Map.of("announcedOn", "2026-12-07"));

        // The institution sends its self-assessment with evidence.
        try (BrowserContext context = context()) {
            Page page = login(context, base, "ktstaff");
            page.navigate(base + "/my/inspections");
            assertThat(page.locator("a[href='/my/inspections/" + code + "']").count()).isEqualTo(1);
            page.navigate(base + "/my/inspections/" + code);
            page.locator("a[href^='/my/inspections/tasks/']").first().click();
            page.fill("[name='f.selfAssessment']", "Cơ sở đã tự đánh giá 19 nội dung, đạt 18.");
            page.setInputFiles("#evidence-files", evidence);
            Chromium.shot(page, "inspection-03-self-assessment");
            page.locator("#step-form button[type=submit]").click();
            page.waitForURL("**/my/inspections/" + code);
        }
        support.work(code, "Task_Check", "ktinspector", INSPECTOR, support.check(Map.of("REP-01", false)));
        support.work(code, "Task_Minutes", "ktinspector", INSPECTOR,
                Map.of("minutesPlace", "Trụ sở cơ sở", "minutesContent", "Biên bản kiểm tra"));
        support.work(code, "Task_AckMinutesLead", "ktinspector", INSPECTOR, Map.of("leadAcknowledgement", true));

        // The institution acknowledges the minutes.
        try (BrowserContext context = context()) {
            Page page = login(context, base, "ktstaff");
            page.navigate(base + "/my/inspections/" + code);
            page.locator("a[href^='/my/inspections/tasks/']").first().click();
            page.check("#field-institutionAcknowledgement-0");
            page.fill("[name='f.representative']", "Nguyễn Văn Hiệu trưởng");
            page.locator("#step-form button[type=submit]").click();
            page.waitForURL("**/my/inspections/" + code);
        }
        support.work(code, "Task_Report", "ktinspector", INSPECTOR, Map.of("reportContent", "Báo cáo kết quả"));
        support.work(code, "Task_DraftConclusion", "ktinspector", INSPECTOR,
                InspectionTestSupport.conclusion(LocalDate.now().plusDays(30), "Nộp báo cáo định kỳ đúng hạn"));

        // The leader approves the conclusion.
        try (BrowserContext context = context()) {
            Page page = login(context, base, "ktleader");
            page.navigate(base + "/workspace/inspections/" + code);
            page.locator("a[href^='/workspace/inspections/tasks/']").first().click();
            page.check("#field-conclusionApproval-0");
            page.locator("#step-form button[type=submit]").click();
            page.waitForURL("**/workspace/inspections/" + code);
        }

        // The institution reports its remediation with a file.
        try (BrowserContext context = context()) {
            Page page = login(context, base, "ktstaff");
            page.navigate(base + "/my/inspections/" + code);
            assertThat(page.content()).contains("Nộp báo cáo định kỳ đúng hạn");
            page.locator("a[href^='/my/inspections/tasks/']").first().click();
            page.fill("[name='f.remediationReport']", "Đã nộp báo cáo quý IV đúng hạn.");
            page.setInputFiles("#evidence-files", evidence);
            page.locator("#step-form button[type=submit]").click();
            page.waitForURL("**/my/inspections/" + code);
        }

        // The inspector accepts it; the inspection closes as digital.
        try (BrowserContext context = context()) {
            Page page = login(context, base, "ktinspector");
            page.navigate(base + "/workspace/inspections/" + code);
            page.locator("a[href^='/workspace/inspections/tasks/']").first().click();
            page.check("#field-remediationVerdict-0");
            page.locator("#step-form button[type=submit]").click();
            page.waitForURL("**/workspace/inspections/" + code);
            assertThat(page.locator("#classification").textContent()).startsWith("Có");
            Chromium.shot(page, "inspection-04-closed");
        }
        assertThat(inspections.get(code).stage()).isEqualTo(InspectionStage.CLOSED);
        assertThat(inspections.get(code).digital()).isTrue();
    }

    private BrowserContext context() {
        return chromium.browser().newContext(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 900));
    }

    private Page login(BrowserContext context, String base, String username) {
        Page page = context.newPage();
        page.navigate(base + "/login");
        page.fill("#username", username);
        page.fill("#password", "pw");
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForLoadState();
        return page;
    }
}
