package vn.vetflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.Chromium;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/**
 * Form errors reach screen-reader and keyboard users (issue 19): a rejected registration or application form
 * opens with its error summary focused (role alert, announced), every entry links to its field, and every
 * field in error says so ({@code aria-invalid}) and points to its message ({@code aria-describedby}).
 */
@Tag("browser")
@VetflowTest
class FormErrorsBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort int port;
    @Autowired TestUsers users;

    @Test
    void aRejectedRegistrationFocusesItsSummaryAndLinksEveryFieldToItsMessage() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = context.newPage();
            page.navigate(base() + "/register");
            page.fill("[name=email]", "không-phải-thư");
            page.waitForNavigation(() -> page.locator("#form button[type=submit]").click());

            assertSummaryFocusedAndLinked(page);
            for (String field : List.of("name", "email", "password")) {
                assertFieldPointsToItsMessage(page.locator("#" + field));
            }
        }
    }

    @Test
    void aRejectedApplicationFocusesItsSummaryAndLinksEveryFieldToItsMessage() {
        users.ensure("fecongdan", "pw", Roles.APPLICANT);
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = context.newPage();
            page.navigate(base() + "/login");
            page.fill("#username", "fecongdan");
            page.fill("#password", "pw");
            page.waitForNavigation(() -> page.locator("form[action$='/login'] button[type=submit]").click());
            // PT1: the test catalogue's procedure, with P4's application form
            page.navigate(base() + "/my/apply/PT1");
            page.fill("#field-subject", "");
            page.waitForNavigation(() -> page.locator("button[value=next]").click());

            assertSummaryFocusedAndLinked(page);
            assertFieldPointsToItsMessage(page.locator("#field-subject"));
            assertFieldPointsToItsMessage(page.locator("[name='f.schoolName']"));
        }
    }

    private static void assertSummaryFocusedAndLinked(Page page) {
        Locator summary = page.locator("#error-summary");
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        page.waitForFunction("document.activeElement && document.activeElement.id === 'error-summary'");
        List<String> targets = summary.locator("a").all().stream().map(link -> link.getAttribute("href")).toList();
        assertThat(targets).as("one link per problem").isNotEmpty();
        for (String target : targets) {
            assertThat(target).startsWith("#");
            assertThat(page.locator(target).count()).as("the summary's link %s leads to a field", target).isEqualTo(1);
        }
    }

    private static void assertFieldPointsToItsMessage(Locator field) {
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        String describedBy = field.getAttribute("aria-describedby");
        assertThat(describedBy).as("the field names its message").isNotBlank();
        String messages = String.join(" ", java.util.Arrays.stream(describedBy.trim().split("\\s+"))
                .map(id -> field.page().locator("#" + id).textContent().trim()).toList());
        String errorId = java.util.Arrays.stream(describedBy.trim().split("\\s+")).filter(id -> id.endsWith("-error"))
                .findFirst().orElseThrow(() -> new AssertionError("no error message linked: " + describedBy));
        assertThat(field.page().locator("#" + errorId).isVisible()).isTrue();
        assertThat(messages).as("the linked message says what is wrong").isNotBlank();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
