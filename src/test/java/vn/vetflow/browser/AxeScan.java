package vn.vetflow.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitUntilState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vetflow.support.Browsers;

/**
 * Checks pages with axe-core (WCAG 2.1 A and AA rules) in Chromium, for one user: in Vietnamese at a desktop and
 * a phone width, in English at the phone width, and that no page scrolls sideways at 320 px. One browser context per user, language and
 * width, reused for all of that user's pages. Answers one line per problem: where, which rule, which element.
 * Used by {@link AccessibilityBrowserTest}; {@link #main} runs it against a running demo application
 * ({@code -Dbase=http://localhost:8080}, demo users with the password "demo").
 */
final class AxeScan {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final int DESKTOP = 1280;
    static final int PHONE = 375;
    static final int NARROWEST = 320;

    /** Where screenshots of every page checked go, when {@code -Dvetflow.a11y.shots=DIR} is set (to look at them). */
    private static final String SHOTS = System.getProperty("vetflow.a11y.shots");

    private final Browser browser;
    private final String base;

    AxeScan(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /** Every page of one user (null: anonymous) in Vietnamese and English, at desktop and phone width. */
    List<String> scan(String user, String password, List<String> paths) {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("vi", "en")) {
            // English differs from Vietnamese in text length only: checked where length matters, on the phone.
            for (int width : language.equals("vi") ? List.of(DESKTOP, PHONE) : List.of(PHONE)) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setLocale(language.equals("vi") ? "vi-VN" : "en-GB").setViewportSize(width, 900))) {
                    // A busy CI machine renders some pages (case files with documents) slowly.
                    context.setDefaultTimeout(120_000);
                    context.setDefaultNavigationTimeout(120_000);
                    Page page = context.newPage();
                    if (user != null) {
                        logIn(page, user, password);
                    }
                    // ?lang= sets the language cookie for the whole session.
                    page.navigate(base + "/login?lang=" + language);
                    for (String path : paths) {
                        try {
                            problems.addAll(check(page, path, user, language, width));
                        } catch (PlaywrightException failed) {
                            problems.add("[" + user + " " + language + " " + width + "px] " + path + ": not checked, "
                                    + abbreviate(failed.getMessage()));
                        }
                    }
                }
            }
        }
        return problems;
    }

    private List<String> check(Page page, String path, String user, String language, int width) {
        String where = "[" + (user == null ? "anonymous" : user) + " " + language + " " + width + "px] " + path;
        List<String> problems = new ArrayList<>();
        // DOMContentLoaded: styles are applied and the deferred scripts (menus, charts) have run; "load" would also
        // wait for a case file's PDF preview, which headless Chromium never finishes.
        com.microsoft.playwright.Response response = page.navigate(base + path,
                new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
        if (response == null || response.status() != 200) {
            problems.add(where + ": answered " + (response == null ? "nothing" : response.status()));
            return problems;
        }
        if (SHOTS != null) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(java.nio.file.Paths.get(SHOTS,
                    (user == null ? "anonymous" : user) + "-" + language + "-" + width
                    + path.replaceAll("[^A-Za-z0-9]+", "_") + ".png")));
        }
        settle(page);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                problems.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget()
                        + " " + abbreviate(node.getHtml()) + " — " + abbreviate(node.getFailureSummary()));
            }
        }
        if (width == PHONE) {
            page.setViewportSize(NARROWEST, 900);
            // Charts and scrolling tables follow the window's resize event: wait until the page fits (or a
            // bounded time, after which what still sticks out is reported).
            try {
                page.waitForFunction("w => document.documentElement.scrollWidth <= w", NARROWEST,
                        new Page.WaitForFunctionOptions().setTimeout(5_000));
            } catch (com.microsoft.playwright.TimeoutError stillTooWide) {
                // reported below
            }
            settle(page);
            int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            if (scrollWidth > NARROWEST) {
                problems.add(where + ": scrolls sideways at " + NARROWEST + " px (" + scrollWidth + " px wide), widest: "
                        + page.evaluate("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                        + NARROWEST + ").slice(-3).map(e => e.tagName + '.' + e.className + '#' + e.id).join(' | ')"));
            }
            page.setViewportSize(PHONE, 900);
        }
        return problems;
    }

    /** Web fonts loaded and two frames painted: layout, resize observers and chart redraws have run. */
    private static void settle(Page page) {
        page.evaluate("() => document.fonts.ready.then(() => new Promise(done =>"
                + " requestAnimationFrame(() => requestAnimationFrame(done))))");
    }

    private void logIn(Page page, String user, String password) {
        page.navigate(base + "/login");
        page.fill("#username", user);
        page.fill("#password", password);
        page.waitForNavigation(() -> page.locator("form[action$='/login'] button[type=submit]").click());
        if (page.url().contains("/login")) {
            throw new IllegalStateException("Could not log in as " + user);
        }
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    /** The demo province's pages per demo user (see the README), for a scan of a running demo application. */
    public static void main(String[] args) {
        String base = System.getProperty("base", "http://localhost:8080");
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("", List.of(System.getProperty("anonymous", "/,/procedures,/procedures/P1,/lookup,/register,/password/forgot,/login,/verify").split(",")));
        for (String user : System.getProperty("users", "").split(",")) {
            if (!user.isBlank()) {
                pages.put(user, List.of(System.getProperty("pages." + user, "/").split(",")));
            }
        }
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            AxeScan scan = new AxeScan(browser, base);
            List<String> problems = new ArrayList<>();
            pages.forEach((user, paths) -> problems.addAll(scan.scan(user.isEmpty() ? null : user, "demo", paths)));
            problems.forEach(System.out::println);
            System.out.println(problems.size() + " problems");
        }
    }
}
