package vn.vetflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.support.Chromium;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/**
 * A new applicant, in real Chromium and in Vietnamese: registers, files the test procedure PT1 (it carries a fee; its form is P4's) with its
 * files, answers reception's supplement request, pays through the simulated gateway and downloads the
 * result. The officers' steps are taken through their services (their own journey is another test).
 * Screenshots of the main pages land in target/screenshots/.
 */
@Tag("browser")
@VetflowTest
class ApplicantJourneyBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort int port;
    @Autowired vn.vetflow.support.TestDocuments documents;
    @Autowired TaskWork work;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired DossierService dossiers;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired Deadlines deadlines;

    @Test
    void fromRegistrationToTheDownloadedResult() throws Exception {
        Path pdf = Files.write(Files.createTempFile("ho-so", ".pdf"), TestSubmissions.PDF);
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN").setViewportSize(412, 915))) {
            Page page = context.newPage();
            String base = "http://localhost:" + port;

            // Register and log in.
            page.navigate(base + "/register");
            page.check("#type-ORGANISATION");
            page.fill("[name=name]", "Trường Trung cấp Quốc tế Hoàng Liên");
            page.fill("[name=idNumber]", "5300998877");
            page.fill("[name=username]", "hoanglien");
            page.fill("[name=email]", "tuyensinh@hoanglien.example.vn");
            page.fill("[name=phone]", "0912000111");
            page.fill("[name=address]", "Phường Cam Đường, tỉnh Lào Cai");
            page.fill("[name=password]", "SaPa2026xyz");
            page.fill("[name=passwordConfirmation]", "SaPa2026xyz");
            Chromium.shot(page, "01-register");
            page.locator("#form button[type=submit]").click();
            Chromium.shot(page, "01b-registered");
            assertThat(page.url()).as("registration leads to the login page").contains("/login");
            assertThat(page.locator(".navbar-toggler").isVisible()).as("phone width: the menu folds").isTrue();
            page.fill("#username", "hoanglien");
            page.fill("#password", "SaPa2026xyz");
            page.locator("form[action$='/login'] button[type=submit]").click();

            // Read the procedure and apply.
            page.navigate(base + "/procedures/PT1");
            assertThat(page.content()).contains("1.500.000");
            Chromium.shot(page, "02-procedure");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp hồ sơ trực tuyến")).first().click();
            page.fill("[name='f.schoolName']", "Trường Trung cấp Quốc tế Hoàng Liên");
            page.fill("[name='f.investorName']", "Công ty TNHH Giáo dục Việt - Hàn");
            page.fill("[name='f.investorNationality']", "Hàn Quốc");
            page.fill("[name='f.branchName']", "Phân hiệu Sa Pa");
            page.fill("[name='f.branchAddress']", "Phường Sa Pa, tỉnh Lào Cai");
            page.fill("[name='f.plannedScale']", "240");
            page.fill("[name='f.occupations']", "Quản trị khách sạn - trung cấp - 120 học sinh/năm");
            page.fill("[name='f.reasons']", "Đáp ứng nhu cầu nhân lực du lịch tại Sa Pa");
            Chromium.shot(page, "03-application-form");
            page.click("button[value=next]");
            for (DossierComponent component : catalogue.currentVersion("PT1", deadlines.today()).components()) {
                if (component.required()) {
                    page.setInputFiles("#upload-" + component.code(), pdf);
                    page.locator("#field-files-" + component.code() + " form[enctype] button[type=submit]").click();
                }
            }
            Chromium.shot(page, "04-files");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếp tục")).click();
            Chromium.shot(page, "05-review");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();
            assertThat(page.url()).contains("/my/dossiers/");
            String code = page.url().substring(page.url().lastIndexOf('/') + 1);
            Chromium.shot(page, "06-submitted");

            // Reception asks for a supplement; the applicant answers on the dossier page.
            officer(code, "Task_Reception", "tiepnhan", "reception",
                    Map.of("receptionDecision", "SUPPLEMENT", "decisionNote", "Bổ sung giấy chứng nhận đầu tư"));
            page.reload();
            assertThat(page.content()).contains("Bổ sung giấy chứng nhận đầu tư");
            page.fill("#supplement-note", "Đã bổ sung bản sao giấy chứng nhận đầu tư");
            page.locator("form[action$='/supplement'] input[type=file]").first().setInputFiles(pdf);
            Chromium.shot(page, "07-supplement");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi hồ sơ bổ sung")).click();

            // Accepted: the receipt exists and the fee is due; pay through the gateway.
            officer(code, "Task_Reception", "tiepnhan", "reception", Map.of("receptionDecision", "ACCEPT"));
            page.reload();
            assertThat(dossiers.get(code).getStatus()).isEqualTo(DossierStatus.PAYMENT_REQUIRED);
            page.locator("form[action$='/pay'] button[type=submit]").click();
            Chromium.shot(page, "08-gateway");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thanh toán thành công")).click();
            assertThat(page.url()).contains("/my/dossiers/" + code);
            assertThat(dossiers.get(code).isPaid()).isTrue();

            // The department and the Chairman decide; the result is returned online.
            officer(code, "Task_Appraisal", "chuyenvien", "specialist",
                    Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đủ điều kiện"));
            officer(code, "Task_Approval", "lanhdao", "leader", Map.of("approvalDecision", "APPROVE"));
            officer(code, "Task_SubmitToChairman", "chuyenvien", "specialist", Map.of("submissionNumber", "77/TTr-SGDĐT"));
            officer(code, "Task_RecordChairmanDecision", "chuyenvien", "specialist", Map.of("chairmanDecision",
                    "APPROVED", "chairmanDecisionNumber", "1500/QĐ-UBND", "chairmanDecisionDate", "2026-03-20"));
            management.createJobQuery().processInstanceId(dossiers.get(code).getProcessInstanceId())
                    .activityId("Task_ReturnResult").list().forEach(job -> management.executeJob(job.getId()));
            // the result's PDF is rendered and signed after commit
            documents.awaitReady(dossiers.get(code));

            page.reload();
            Chromium.shot(page, "09-result");
            String resultNumber = dossiers.get(code).getResultNumber();
            var link = page.locator("a[href*='/documents/']").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(resultNumber));
            if (link.count() == 0) {
                link = page.locator("a[href*='/documents/']").last();
            }
            String href = link.first().getAttribute("href");
            byte[] result = context.request().get(base + href).body();
            try (var document = Loader.loadPDF(result)) {
                assertThat(new PDFTextStripper().getText(document)).contains(resultNumber).contains("Hoàng Liên");
            }
        }
    }

    private void officer(String code, String taskKey, String user, String group, Map<String, ?> form) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey + " of " + code).isNotNull();
        work.complete(task.getId(), user, List.of(group, "motcua", "gdnn"), form);
    }
}
