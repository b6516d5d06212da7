package vn.vetflow.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, never a downloaded browser. Without /usr/bin/chromium the
 * browser tests skip, unless {@code vetflow.require-browser} is set (CI), where they fail.
 */
public final class Browsers {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private Browsers() {
    }

    public static Playwright playwright() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (Boolean.getBoolean("vetflow.require-browser") && !present) {
            throw new IllegalStateException("Browser tests are required but " + CHROMIUM + " is missing");
        }
        Assumptions.assumeTrue(present, "No Chromium at " + CHROMIUM + "; browser tests skipped");
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }
}
