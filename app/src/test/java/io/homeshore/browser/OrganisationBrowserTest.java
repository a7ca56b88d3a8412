package io.homeshore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.homeshore.support.Chromium;
import io.homeshore.support.TestOrganisation;
import io.homeshore.support.TestOrganisation.Fixture;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first day of a new agent, in a real browser: an admin creates a team and an agent, the agent signs in, sets a
 * protected window and switches to Japanese. Screenshots stay in target/screenshots as test artifacts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired TestOrganisation organisation;

    @Test
    void adminCreatesTeamAndAgentWhoSetsAProtectedWindowInJapanese() {
        Path chromium = Chromium.require();
        Fixture f = organisation.create();
        String team = "Browser team " + f.tag();
        String email = "browser-" + f.tag() + "@test.example";
        try (Playwright pw = Chromium.playwright(); Browser browser = Chromium.launch(pw, chromium)) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900));
            Page page = context.newPage();
            signIn(page, f.admin());

            page.navigate(url("/admin/teams/new"));
            page.getByLabel("Name").fill(team);
            page.getByLabel("Site").selectOption(String.valueOf(f.site().id()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(team))).isVisible();

            page.navigate(url("/admin/agents/new"));
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Keiko Tanaka");
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("E-mail")).fill(email);
            page.getByLabel("Time zone").fill("Asia/Tokyo");
            page.getByLabel("Languages (ISO codes, comma-separated)").fill("ja, en");
            page.getByLabel("Team").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(team));
            page.getByLabel("Contract").selectOption(String.valueOf(f.contract().id()));
            page.getByLabel("Chat").check();
            page.getByLabel("Skill " + f.tag()).selectOption("4");
            page.getByLabel("First password").fill(TestOrganisation.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByText("Saved.")).isVisible();
            page.navigate(url("/admin/agents?q=" + f.tag()));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Keiko Tanaka"))).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("admin-agents.png")).setFullPage(true));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            signIn(page, email);
            page.navigate(url("/me"));
            for (String day : new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}) page.getByLabel(day).check();
            page.getByLabel("From").fill("15:00");
            page.getByLabel("Until").fill("16:30");
            page.getByLabel("Reason").fill("school pick-up");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add protected hours")).click();
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("school pick-up"))).isVisible();

            // the switcher submits itself from homeshore.js: wait until the page after the redirect has run its scripts
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
            page.getByLabel("Language", new Page.GetByLabelOptions().setExact(true)).selectOption("ja");
            page.waitForURL(Pattern.compile(".*lang=ja.*"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("マイプロフィールと勤務可能時間"))).isVisible();
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("月–金"))).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("agent-me-ja.png")).setFullPage(true));
        }
    }

    private void signIn(Page page, String user) {
        Chromium.signIn(page, url(""), user, TestOrganisation.PASSWORD);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
