package vn.vetflow.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for a browser test class ({@code @RegisterExtension static final Chromium chromium}),
 * launched before its first test and closed after its last, with the screenshot folder ready. Skips the class
 * when Chromium is absent, as {@link Browsers} says.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    public static final Path SHOTS = Paths.get("target", "screenshots");

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
        Files.createDirectories(SHOTS);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    public Browser browser() {
        return browser;
    }

    /** The whole page as target/screenshots/{name}.png, for a person to look at after the run. */
    public static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
