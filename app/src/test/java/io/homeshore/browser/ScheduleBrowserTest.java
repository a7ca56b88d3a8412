package io.homeshore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A planner plans a demo team for a week, watches the run, reads the board and the explanation, and publishes;
 * one of the team's agents then finds the shifts in "My schedule" and makes a calendar address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduleBrowserTest {

    static final String TEAM = "Chat Amsterdam";

    @LocalServerPort int port;
    @Autowired TestOrganisation organisation;
    @Autowired JdbcClient jdbc;

    @Test
    void aPlannerPlansAndPublishesADemoTeamAndAnAgentSeesTheirShifts() {
        Path chromium = Chromium.require();
        Fixture f = organisation.create();
        try (Playwright pw = Chromium.playwright(); Browser browser = Chromium.launch(pw, chromium)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)).newPage();
            Chromium.signIn(page, url(""), f.planner(), TestOrganisation.PASSWORD);

            page.navigate(url("/schedule"));
            page.getByLabel(TEAM).check();
            String firstDay = page.getByLabel("First day (a Monday)").inputValue();
            page.getByLabel("Weeks (1–8)").fill("1");
            page.getByLabel("Time limit (seconds)").fill("8");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan").setExact(true)).click();
            page.waitForURL(Pattern.compile(".*/schedule/runs/\\d+"));
            String run = page.url().replaceAll(".*/runs/(\\d+).*", "$1");
            // the page follows the run by server-sent events and shows the plan when it ends
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Board")))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
            assertThat(page.locator("#run-status")).hasText("Done");
            assertThat(page.locator("#progress-chart canvas")).isVisible();
            assertThat(page.locator(".board .bar").first()).isVisible();
            assertThat(page.locator("#coverage-charts canvas").first()).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fairness"))).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "schedule-board.png")).setFullPage(true));

            page.getByLabel("View").selectOption("day");
            page.waitForURL(Pattern.compile(".*view=day.*"));
            assertThat(page.locator(".board.day")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Why this plan")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cost by rule"))).isVisible();
            org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT explanation FROM schedule_run WHERE id = ?").param(Long.parseLong(run))
                    .query(String.class).single().replaceAll("\"required\".*", "")).contains("\"unmet\":[]");
            assertThat(page.getByText("Every hard rule holds for every agent.")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the run")).click();

            page.onDialog(dialog -> dialog.accept());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
            assertThat(page.getByText("Published: the agents see their shifts now.")).isVisible();

            page.navigate(url("/schedule/published?from=" + firstDay));
            page.getByLabel("Team").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(TEAM));
            page.waitForURL(Pattern.compile(".*team=\\d+.*"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Team schedule"))).isVisible();
            assertThat(page.locator("td", new Page.LocatorOptions().setHasText(Pattern.compile("\\d{1,2}:\\d{2}.*–"))).first()).isVisible();

            page.navigate(url("/schedule/runs/" + run + "?lang=ja"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("シフト表"))).isVisible();
            page.navigate(url("/schedule/runs/" + run + "?lang=nl"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Planbord"))).isVisible();
            page.navigate(url("/schedule/runs/" + run + "?lang=en"));

            String agent = jdbc.sql("SELECT a.email FROM agent a JOIN published_shift p ON p.agent_id = a.id WHERE p.run_id = ? ORDER BY a.email")
                    .param(Long.parseLong(run)).query(String.class).list().getFirst();
            Page agentPage = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 1000)).newPage();
            Chromium.signIn(agentPage, url(""), agent, "homeshore-demo");
            agentPage.navigate(url("/me/schedule?lang=en&from=" + firstDay));
            assertThat(agentPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My schedule"))).isVisible();
            assertThat(agentPage.locator("td", new Page.LocatorOptions().setHasText(Pattern.compile("\\d{1,2}:\\d{2}.*–"))).first()).isVisible();
            agentPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a calendar address")).click();
            assertThat(agentPage.getByLabel("Your calendar address (shown only now: copy it)")).hasValue(Pattern.compile(".*/calendar/.+\\.ics"));
            agentPage.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "my-schedule.png")).setFullPage(true));
        }
    }

    @Test
    void anAgentStatesWishesAndAsksForTimeOffWhichTheirLeadApproves() {
        Path chromium = Chromium.require();
        Fixture f = organisation.create();
        try (Playwright pw = Chromium.playwright(); Browser browser = Chromium.launch(pw, chromium)) {
            Page agent = browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 1000)).newPage();
            Chromium.signIn(agent, url(""), f.agentUser(), TestOrganisation.PASSWORD);
            agent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My wishes").setExact(true)).first().click();
            assertThat(agent.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My wishes and time off"))).isVisible();

            agent.getByLabel("Start no earlier than").fill("08:00");
            agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save preferences")).click();
            assertThat(agent.locator("#startLatest-error")).hasText("give both ends of the start window, or neither");
            agent.getByLabel("Start no later than").fill("09:30");
            agent.getByLabel("Friday").check();
            agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save preferences")).click();
            assertThat(agent.getByText("Saved.")).isVisible();
            assertThat(agent.getByLabel("Friday")).isChecked();

            java.time.LocalDate day = java.time.LocalDate.now().plusDays(10);
            agent.getByLabel("Day", new Page.GetByLabelOptions().setExact(true)).fill(day.toString());
            agent.getByLabel("Priority").selectOption("HIGH");
            agent.getByLabel("Shift", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Early"));
            agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add wish")).click();
            assertThat(agent.locator("td", new Page.LocatorOptions().setHasText("High"))).isVisible();
            assertThat(agent.locator("td", new Page.LocatorOptions().setHasText("Early"))).isVisible();
            assertThat(agent.locator("td", new Page.LocatorOptions().setHasText("I would rather not work this shift"))).isVisible();

            agent.getByLabel("First day off").fill(day.plusDays(5).toString());
            agent.getByLabel("Last day off").fill(day.plusDays(3).toString());
            agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for time off")).click();
            assertThat(agent.locator("#lastDay-error")).hasText("must not be before the first day");
            agent.getByLabel("Last day off").fill(day.plusDays(7).toString());
            agent.getByLabel("Reason (optional)").fill("family wedding");
            agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for time off")).click();
            assertThat(agent.getByText("Waiting for a decision")).isVisible();
            agent.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "my-wishes.png")).setFullPage(true));

            Page lead = browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 800)).newPage();
            Chromium.signIn(lead, url(""), f.lead(), TestOrganisation.PASSWORD);
            lead.navigate(url("/time-off?lang=en"));
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the time off of " + f.agentA().name())).click();
            assertThat(lead.getByText("Approved: these days will not be planned.")).isVisible();
            assertThat(lead.locator("td", new Page.LocatorOptions().setHasText(f.lead()))).isVisible();
            lead.navigate(url("/time-off?lang=ja"));
            assertThat(lead.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("休暇").setExact(true))).isVisible();

            agent.reload();
            assertThat(agent.locator("td", new Page.LocatorOptions().setHasText("Approved"))).isVisible();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
