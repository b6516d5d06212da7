package vn.vetflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Attachment;
import vn.vetflow.dossier.Channel;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.identity.Roles;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.publicservice.PublicServiceProcess;
import vn.vetflow.support.Chromium;
import vn.vetflow.support.TestDocuments;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;
import vn.vetflow.tasks.TaskWork;

/**
 * Issue 17 in a real browser. At the counter: a reception officer opens an account for a walk-in applicant,
 * registers their P1 dossier with scanned components marked digitised and receives it at once; the receipt's
 * PDF answers; the applicant follows the dossier with the public look-up; the department decides (driven
 * through the services to keep it short); the officer hands the paper result over at the counter with its
 * scan, and the look-up shows the result returned. Online: an applicant with an earlier dossier files a new
 * one, taking a component from their data store instead of uploading it. Screenshots: target/screenshots/counter-*.png.
 */
@Tag("browser")
@VetflowTest
class CounterJourneyBrowserTest {

    static final String PASSWORD = "MotCua2026xyz";
    static final double PATIENCE_MS = 120_000;

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired TestSubmissions submissions;
    @Autowired TestDocuments documents;
    @Autowired DossierSubmission submission;
    @Autowired DossierService dossiers;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired Deadlines deadlines;
    @Autowired PublicServiceProcess process;
    @Autowired TaskWork work;
    @Autowired ManagementService management;

    @Test
    void aWalkInDossierFromTheCounterToTheResultHandedOver() throws IOException {
        users.ensure("btmotcua", PASSWORD, Roles.RECEPTION, List.of("motcua"));
        String idNumber = String.format("0102%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Path scan = Files.write(Files.createTempFile("ban-quet", ".pdf"), TestSubmissions.PDF);
        ProcedureVersion p1 = catalogue.currentVersion("P1", deadlines.today());
        String code;

        try (BrowserContext context = login("btmotcua", PASSWORD)) {
            Page page = context.pages().get(0);
            // Find the applicant by identity number: unknown, so open their account.
            page.navigate(base() + "/desk");
            page.fill("#field-idNumber", idNumber);
            load(page, page.locator("form[action$='/desk'] button[type=submit]"));
            page.check("#type-person");
            page.fill("#new-name", "Sùng A Dình");
            page.fill("#new-idNumber", idNumber);
            page.fill("#new-phone", "0912 345 678");
            page.fill("#new-address", "Bản Tả Van, xã Sa Pa, tỉnh Lào Cai");
            Chromium.shot(page, "counter-01-new-applicant");
            load(page, page.locator("form[action$='/desk/applicants'] button[type=submit]"));
            assertThat(page.content()).contains("Sùng A Dình");

            // Register the P1 dossier: the form on the applicant's behalf, each component scanned.
            page.selectOption("#field-procedure", "P1");
            load(page, page.locator("form[action$='/desk/intake'] button[type=submit]"));
            page.check("#channel-IN_PERSON");
            page.fill("#field-subject", "Đăng ký hoạt động giáo dục nghề nghiệp năm 2026");
            fill(page, submissions.formData(p1));
            for (DossierComponent component : p1.components()) {
                if (component.required()) {
                    page.setInputFiles("#file-" + component.code(), scan);
                    assertThat(page.isChecked("#digitised-" + component.code())).as("scans count as digitised").isTrue();
                }
            }
            page.check("#result-IN_PERSON");
            page.check("#field-receiveNow");
            Chromium.shot(page, "counter-02-intake");
            load(page, page.locator("form[action$='/desk/intake'] > button[type=submit]"));
            assertThat(page.url()).contains("/desk/dossiers/");
            code = page.url().substring(page.url().lastIndexOf('/') + 1);
            Dossier registered = dossiers.get(code);
            assertThat(registered.getChannel()).isEqualTo(Channel.IN_PERSON);
            assertThat(dossiers.attachments(registered)).isNotEmpty().allMatch(Attachment::isDigitised);

            // Print the receipt: its PDF (rendered after commit) answers from the dossier's page.
            documents.awaitReady(registered);
            page.reload();
            Locator receipt = page.locator("a[href*='/documents/']").first();
            APIResponse pdf = context.request().get(base() + receipt.getAttribute("href"));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(TestDocuments.text(pdf.body())).contains(code, "Sùng A Dình", "Trực tiếp tại Bộ phận một cửa");
            Chromium.shot(page, "counter-03-received");
        }

        // The applicant follows it with the public look-up.
        assertThat(lookUp(code, idNumber, "counter-04-lookup")).contains(code, "Đang xử lý");

        // The department decides; the paper result waits at the counter.
        decide(code);
        assertThat(dossiers.get(code).getStatus()).isEqualTo(DossierStatus.PROCESSED);

        try (BrowserContext context = login("btmotcua", PASSWORD)) {
            Page page = context.pages().get(0);
            page.navigate(base() + "/desk/dossiers/" + code);
            page.check("#form-PAPER");
            page.setInputFiles("#field-scan", scan);
            Chromium.shot(page, "counter-05-handover");
            load(page, page.locator("form[action$='/handover'] button[type=submit]"));
        }
        Dossier returned = dossiers.get(code);
        assertThat(returned.getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(returned.isResultDigitised()).as("the paper result was scanned").isTrue();
        assertThat(returned.getHandedOverBy()).isEqualTo("btmotcua");
        assertThat(lookUp(code, idNumber, "counter-06-lookup-returned")).contains("Đã trả kết quả");
    }

    @Test
    void anApplicantFilesOnlineReusingAComponentOfAnEarlierDossier() throws IOException {
        String idNumber = String.format("0102%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String username = "bt" + idNumber;
        Path pdf = Files.write(Files.createTempFile("ho-so", ".pdf"), TestSubmissions.PDF);
        ProcedureVersion p1 = catalogue.currentVersion("P1", deadlines.today());
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(1366, 900))) {
            Page page = context.newPage();
            page.navigate(base() + "/register");
            page.check("#type-PERSON");
            page.fill("[name=name]", "Hoàng Thị Lan");
            page.fill("[name=idNumber]", idNumber);
            page.fill("[name=username]", username);
            page.fill("[name=email]", username + "@example.vn");
            page.fill("[name=phone]", "0912000222");
            page.fill("[name=address]", "Phường Cam Đường, tỉnh Lào Cai");
            page.fill("[name=password]", "LanSaPa2026xyz");
            page.fill("[name=passwordConfirmation]", "LanSaPa2026xyz");
            load(page, page.locator("#form button[type=submit]"));
            Dossier earlier = submission.submit(submissions.valid("P1", username, UUID.randomUUID().toString()))
                    .dossier();
            Attachment original = dossiers.attachments(earlier).stream()
                    .filter(a -> a.getComponentCode().equals("QDTL")).findFirst().orElseThrow();
            page.fill("#username", username);
            page.fill("#password", "LanSaPa2026xyz");
            load(page, page.locator("form[action$='/login'] button[type=submit]"));

            page.navigate(base() + "/my/apply/P1");
            page.fill("[name=subject]", "Đăng ký bổ sung nghề đào tạo năm 2026");
            fill(page, submissions.formData(p1));
            load(page, page.locator("button[value=next]"));
            for (DossierComponent component : p1.components()) {
                if (!component.required()) {
                    continue;
                }
                if (component.code().equals("QDTL")) {
                    // the earlier dossier's file for the same component is offered first
                    assertThat(page.locator("#reuse-QDTL option").first().getAttribute("value"))
                            .isEqualTo(original.getId().toString());
                    load(page, page.locator("#field-files-QDTL form[action$='/reuse'] button[type=submit]"));
                } else {
                    page.setInputFiles("#upload-" + component.code(), pdf);
                    load(page, page.locator("#field-files-" + component.code() + " form[enctype] button[type=submit]"));
                }
            }
            Chromium.shot(page, "counter-07-online-reuse");
            load(page, page.locator("a.btn[href$='/review']"));
            assertThat(page.content()).contains("Tái sử dụng từ hồ sơ " + earlier.getCode());
            load(page, page.locator("form[action$='/submit'] button[type=submit]"));
            assertThat(page.url()).contains("/my/dossiers/");
            String code = page.url().substring(page.url().lastIndexOf('/') + 1);
            Attachment reused = dossiers.attachments(dossiers.get(code)).stream()
                    .filter(a -> a.getComponentCode().equals("QDTL")).findFirst().orElseThrow();
            assertThat(reused.getReusedFromDossier()).isEqualTo(earlier.getCode());
            assertThat(reused.getReusedFromAttachment()).isEqualTo(original.getId());
            Chromium.shot(page, "counter-08-online-submitted");
        }
    }

    /** The public look-up, anonymous: answers the result page's text. */
    private String lookUp(String code, String idNumber, String shotName) {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(412, 915))) {
            Page page = context.newPage();
            page.navigate(base() + "/lookup");
            page.fill("#lookup-code", code);
            page.fill("#lookup-idNumber", idNumber);
            load(page, page.locator("form[action$='/lookup'] button[type=submit]"));
            Chromium.shot(page, shotName);
            return page.locator("main").innerText();
        }
    }

    /** Fills the procedure's form fields (named f.KEY) with valid values, whatever kind of input each is. */
    private static void fill(Page page, Map<String, Object> values) {
        values.forEach((key, value) -> {
            List<String> texts = value instanceof Collection<?> many ? many.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(value));
            Locator field = page.locator("[name='f." + key + "']");
            String kind = (String) field.first().evaluate("e => e.tagName.toLowerCase() + ':' + (e.type || '')");
            if (kind.startsWith("select")) {
                field.first().selectOption(texts.toArray(String[]::new));
            } else if (kind.endsWith(":radio") || kind.endsWith(":checkbox")) {
                texts.forEach(text -> page.locator("[name='f." + key + "'][value='" + text + "']").check());
            } else {
                field.first().fill(texts.get(0));
            }
        });
    }

    /** Appraisal and approval as the officers would, then the process's return step runs. */
    private void decide(String code) {
        complete(code, "Task_Appraisal", "chuyenvien", "specialist",
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đủ điều kiện"));
        complete(code, "Task_Approval", "lanhdao", "leader", Map.of("approvalDecision", "APPROVE",
                "approvalNote", "Đồng ý"));
        management.createJobQuery().processInstanceId(dossiers.get(code).getProcessInstanceId())
                .activityId("Task_ReturnResult").list().forEach(job -> management.executeJob(job.getId()));
    }

    private void complete(String code, String taskKey, String officer, String group, Map<String, ?> form) {
        Task task = process.openTasksOf(code).stream().filter(t -> taskKey.equals(t.getTaskDefinitionKey()))
                .findFirst().orElseThrow(() -> new AssertionError(code + " has no open task " + taskKey));
        work.complete(task.getId(), officer, List.of(group, "motcua", "gdnn"), form);
    }

    private BrowserContext login(String username, String password) {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(1366, 900));
        Page page = context.newPage();
        page.navigate(base() + "/login");
        page.fill("#username", username);
        page.fill("#password", password);
        load(page, page.locator("form[action$='/login'] button[type=submit]"));
        return context;
    }

    /**
     * Clicks what loads another page and returns once it has loaded. Generous: the first request of a path
     * (templates compiled, password hashed) can take long on a busy 2-core machine.
     */
    private static void load(Page page, Locator target) {
        page.waitForNavigation(new Page.WaitForNavigationOptions().setTimeout(PATIENCE_MS), target::click);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
