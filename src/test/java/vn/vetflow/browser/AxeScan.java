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
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitUntilState;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vetflow.support.Browsers;

/**
 * Checks pages with axe-core (WCAG 2.1 A and AA rules) in Chromium, for one user: in Vietnamese and in English, each
 * at a desktop and a phone width, and that no page scrolls sideways at 320 px. One browser context and one login
 * per user; each page is loaded once per language and then narrowed (the page's styles and scripts follow the
 * window's size), so the scan costs one navigation per page and language. Answers one line per problem: where,
 * which rule, which element. Used by {@link AccessibilityBrowserTest}; {@link #main} runs it against a running demo
 * application ({@code -Dbase=http://localhost:8080}, demo users with the password "demo").
 */
final class AxeScan {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final List<String> LANGUAGES = List.of("vi", "en");
    static final int DESKTOP = 1280;
    static final int PHONE = 375;
    static final int NARROWEST = 320;
    static final int HEIGHT = 900;

    /** Where screenshots of every page checked go, when {@code -Dvetflow.a11y.shots=DIR} is set (to look at them). */
    private static final String SHOTS = System.getProperty("vetflow.a11y.shots");

    /**
     * One page to check: what a GET of {@code path} answers, or, with {@code form}, what posting these fields to
     * {@code path} answers (posted from a page of the same session, with its CSRF token, as a browser's form
     * would); {@code status} is the answer expected (error pages are pages too).
     */
    record Visit(String path, int status, Map<String, String> form) {

        static Visit get(String path) {
            return new Visit(path, 200, null);
        }

        static Visit get(String path, int status) {
            return new Visit(path, status, null);
        }

        static Visit post(String path, int status, Map<String, String> form) {
            return new Visit(path, status, form);
        }

        boolean posted() {
            return form != null;
        }

        @Override
        public String toString() {
            return (posted() ? "POST " : "") + path;
        }
    }

    private final Browser browser;
    private final String base;

    AxeScan(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /** Every page of one user (null: anonymous) in Vietnamese and English, at desktop and phone width. */
    List<String> scan(String user, String password, List<Visit> visits) {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN").setViewportSize(DESKTOP, HEIGHT))) {
            // A busy CI machine renders some pages (case files with documents) slowly.
            context.setDefaultTimeout(120_000);
            context.setDefaultNavigationTimeout(120_000);
            Page page = context.newPage();
            if (user != null) {
                logIn(page, user, password);
            }
            for (String language : LANGUAGES) {
                // ?lang= sets the language cookie for the whole session.
                page.navigate(base + "/login?lang=" + language);
                for (Visit visit : visits) {
                    String where = "[" + (user == null ? "anonymous" : user) + " " + language + "] " + visit;
                    List<String> found = new ArrayList<>();
                    try {
                        found.addAll(check(page, visit, where, language));
                    } catch (PlaywrightException failed) {
                        found.add(where + ": not checked, " + abbreviate(failed.getMessage()));
                    } finally {
                        // As they come: a whole scan takes minutes on a busy machine.
                        found.forEach(System.out::println);
                        problems.addAll(found);
                        page.setViewportSize(DESKTOP, HEIGHT);
                    }
                }
            }
        }
        return problems;
    }

    private List<String> check(Page page, Visit visit, String where, String language) {
        List<String> problems = new ArrayList<>();
        Response response = visit.posted() ? post(page, visit) : page.navigate(base + visit.path(),
                // DOMContentLoaded: styles are applied and the deferred scripts (menus, charts) have run; "load" would
                // also wait for a case file's PDF preview, which headless Chromium never finishes.
                new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
        if (response == null || response.status() != visit.status()) {
            problems.add(where + ": answered " + (response == null ? "nothing" : response.status()) + ", expected "
                    + visit.status());
            return problems;
        }
        for (int width : List.of(DESKTOP, PHONE)) {
            page.setViewportSize(width, HEIGHT);
            settle(page);
            if (SHOTS != null) {
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get(SHOTS,
                        where.replaceAll("[^A-Za-z0-9]+", "_") + "-" + width + ".png")));
            }
            AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
            for (Rule rule : results.getViolations()) {
                for (CheckedNode node : rule.getNodes()) {
                    problems.add(where + " " + width + "px: " + rule.getId() + " (" + rule.getImpact() + ") at "
                            + node.getTarget() + " " + abbreviate(node.getHtml()) + " — "
                            + abbreviate(node.getFailureSummary()));
                }
            }
        }
        problems.addAll(sidewaysScroll(page, where));
        return problems;
    }

    /** Narrowed to 320 px, the page must not be wider than the window. */
    private static List<String> sidewaysScroll(Page page, String where) {
        page.setViewportSize(NARROWEST, HEIGHT);
        // Charts and scrolling tables follow the window's resize event: wait until the page fits (or a bounded
        // time, after which what still sticks out is reported).
        try {
            page.waitForFunction("w => document.documentElement.scrollWidth <= w", NARROWEST,
                    new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (com.microsoft.playwright.TimeoutError stillTooWide) {
            // reported below
        }
        settle(page);
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        if (scrollWidth <= NARROWEST) {
            return List.of();
        }
        return List.of(where + ": scrolls sideways at " + NARROWEST + " px (" + scrollWidth + " px wide), widest: "
                + page.evaluate("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                + NARROWEST + ").slice(-3).map(e => e.tagName + '.' + e.className + '#' + e.id).join(' | ')"));
    }

    /**
     * Posts the visit's fields as a form of this session would: from a page of the application, with the CSRF
     * token every page of it carries (the login form's, or the log-out form's).
     */
    private Response post(Page page, Visit visit) {
        page.navigate(base + "/login", new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
        Map<String, Object> argument = Map.of("action", base + visit.path(), "fields", visit.form());
        return page.waitForNavigation(new Page.WaitForNavigationOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED),
                () -> page.evaluate("""
                        ({action, fields}) => {
                          const form = document.createElement('form');
                          form.method = 'post';
                          form.action = action;
                          const token = document.querySelector('input[name=_csrf]');
                          const all = Object.assign({_csrf: token ? token.value : ''}, fields);
                          for (const [name, value] of Object.entries(all)) {
                            const input = document.createElement('input');
                            input.type = 'hidden';
                            input.name = name;
                            input.value = value;
                            form.appendChild(input);
                          }
                          document.body.appendChild(form);
                          form.submit();
                        }""", argument));
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
        Map<String, List<Visit>> pages = new LinkedHashMap<>();
        pages.put("", visits(System.getProperty("anonymous",
                "/,/procedures,/procedures/P1,/lookup,/register,/password/forgot,/login,/verify")));
        for (String user : System.getProperty("users", "").split(",")) {
            if (!user.isBlank()) {
                pages.put(user, visits(System.getProperty("pages." + user, "/")));
            }
        }
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            AxeScan scan = new AxeScan(browser, base);
            List<String> problems = new ArrayList<>();
            pages.forEach((user, visits) -> problems.addAll(scan.scan(user.isEmpty() ? null : user, "demo", visits)));
            problems.forEach(System.out::println);
            System.out.println(problems.size() + " problems");
        }
    }

    private static List<Visit> visits(String paths) {
        return java.util.Arrays.stream(paths.split(",")).map(Visit::get).toList();
    }
}
