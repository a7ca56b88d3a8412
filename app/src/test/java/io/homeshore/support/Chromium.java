package io.homeshore.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright. Playwright must not download a browser of its own (there is no such
 * download here), so it is pointed at the system's. Without Chromium the browser tests are skipped with a message,
 * except on CI (CI=true), where a missing browser is a failure.
 */
public final class Chromium {

    private Chromium() {}

    public static Optional<Path> find() {
        String configured = System.getenv("HOMESHORE_CHROMIUM");
        if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) return Optional.of(Path.of(configured));
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The Chromium binary, or a skipped test (a failure on CI) when there is none. */
    public static Path require() {
        Optional<Path> found = find();
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium is not installed; .ci/run installs Debian's chromium package");
        }
        Assumptions.assumeTrue(found.isPresent(), "Browser test skipped: install Debian's chromium (apt-get install chromium) to run it");
        return found.get();
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Signs in through the sign-in form and waits for the home page. */
    public static void signIn(com.microsoft.playwright.Page page, String baseUrl, String user, String password) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("User name (e-mail)").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(baseUrl + "/");
    }

    public static Browser launch(Playwright playwright, Path binary) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(binary).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }
}
