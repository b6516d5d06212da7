package vn.vetflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vetflow.reporting.ReportingTestSupport.INSTITUTION;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vetflow.support.Chromium;
import vn.vetflow.support.VetflowTest;

/**
 * One periodic report in real Chromium: the institution's staff member fills it (a refused figure first, kept
 * as typed), attaches evidence and submits it; a specialist of the Department opens the round, reviews the
 * report and accepts it.
 */
@Tag("browser")
@VetflowTest
class ReportingJourneyBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort int port;
    @Autowired ReportingRounds rounds;
    @Autowired ReportingTestSupport support;

    @Test
    void anInstitutionFilesItsReportAndTheDepartmentAcceptsIt() throws Exception {
        support.ensure();
        String round = rounds.round("2045-Y").map(Round::code).orElseGet(() ->
                rounds.open(new OpenRound(RoundRules.RoundKind.YEAR, 2045, null, null, null), "rpleader"));
        long id = support.report(round, INSTITUTION).id();
        String base = "http://localhost:" + port;
        Path evidence = Files.write(Files.createTempFile("minh-chung", ".pdf"), "%PDF-1.4 minh chung".getBytes());

        try (BrowserContext context = context()) {
            Page page = login(context, base, "rpstaff");
            page.navigate(base + "/my/reports");
            page.locator("a[href='/my/reports/" + id + "']").click();
            Map<String, Object> figures = ReportingTestSupport.figures();
            figures.put("teachersDigitalCompetence", "45");
            figures.forEach((key, value) -> {
                if (page.locator("select[name='f." + key + "']").count() > 0) {
                    page.selectOption("select[name='f." + key + "']", value.toString());
                } else {
                    page.fill("[name='f." + key + "']", value.toString());
                }
            });
            ReportingTestSupport.cells().forEach((name, value) -> page.fill("[name='" + name + "']", value));
            page.setInputFiles("#evidence-files", evidence);
            page.locator("#report-form button[value=submit]").click();
            page.waitForLoadState();
            // Refused: more teachers trained than teachers; what was typed is still there.
            assertThat(page.locator("#error-summary").textContent()).contains("Số nhà giáo");
            assertThat(page.inputValue("[name='f.teachersDigitalCompetence']")).isEqualTo("45");
            assertThat(page.inputValue("[name='f.learners']")).isEqualTo("900");
            Chromium.shot(page, "reporting-01-refused");
            page.fill("[name='f.teachersDigitalCompetence']", "30");
            page.setInputFiles("#evidence-files", evidence);
            page.locator("#report-form button[value=submit]").click();
            page.waitForURL("**/my/reports/" + id);
            assertThat(page.locator("#report-status").textContent()).contains("Đã nộp");
            Chromium.shot(page, "reporting-02-submitted");
        }
        assertThat(support.report(round, INSTITUTION).status()).isEqualTo(ReportStatus.SUBMITTED);

        try (BrowserContext context = context()) {
            Page page = login(context, base, "rpspecialist");
            page.navigate(base + "/reporting/rounds/" + round);
            page.locator("a[href='/reporting/reports/" + id + "']").click();
            assertThat(page.locator("#files").textContent()).contains("minh-chung");
            page.check("#field-reviewDecision");
            Chromium.shot(page, "reporting-03-review");
            page.locator("#review-form button[type=submit]").click();
            page.waitForURL("**/reporting/rounds/" + round);
            assertThat(page.locator("tr[data-institution='" + INSTITUTION + "']").textContent()).contains("Đã tiếp nhận");
        }
        assertThat(support.report(round, INSTITUTION).status()).isEqualTo(ReportStatus.ACCEPTED);
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
