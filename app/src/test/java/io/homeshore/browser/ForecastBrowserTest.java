package io.homeshore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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

/** A planner forecasts a queue, raises one day with a reason, publishes, and the requirements follow; in three languages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForecastBrowserTest {

    @LocalServerPort int port;
    @Autowired TestOrganisation organisation;
    @Autowired JdbcClient jdbc;

    @Test
    void aPlannerRunsAdjustsAndPublishesAForecast() {
        Path chromium = Chromium.require();
        Fixture f = organisation.create();
        try (Playwright pw = Chromium.playwright(); Browser browser = Chromium.launch(pw, chromium)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000)).newPage();
            Chromium.signIn(page, url(""), f.planner(), TestOrganisation.PASSWORD);

            page.navigate(url("/forecasting"));
            page.getByLabel("Queue").selectOption(new SelectOption().setLabel("Chat tech"));
            page.getByLabel("Days ahead").fill("7");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run forecast")).click();
            page.waitForURL(Pattern.compile(".*/forecasting/versions/\\d+"));
            assertThat(page.locator("#forecast-chart canvas")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Week")).click();

            String firstDay = page.locator("table").last().locator("th").first().textContent();
            assertThat(firstDay).isNotBlank();
            page.getByLabel("Day", new Page.GetByLabelOptions().setExact(true)).fill(
                    page.locator("#forecast-chart").getAttribute("data-chart").replaceAll(".*\"forecast\":\\[\\[\"(\\d{4}-\\d{2}-\\d{2}).*", "$1"));
            page.getByLabel("Change (%), e.g. 30 or -20").fill("30");
            page.getByLabel("Reason").fill("Winter sale mailing");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply to this day")).click();
            assertThat(page.getByText("Winter sale mailing")).isVisible();

            page.onDialog(dialog -> dialog.accept());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish this forecast")).click();
            assertThat(page.getByText("Published. Staffing requirements have been computed from it.")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "forecast-en.png")).setFullPage(true));
            String version = page.url().replaceAll(".*/versions/(\\d+).*", "$1");
            long requirements = jdbc.sql("SELECT COUNT(*) FROM staffing_requirement WHERE source = ?").param("forecast " + version)
                    .query(Long.class).single();
            org.assertj.core.api.Assertions.assertThat(requirements).isPositive();

            page.navigate(page.url() + "?lang=nl");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Backtest"))).isVisible();
            assertThat(page.getByText(Pattern.compile("Gepubliceerd .* door"))).isVisible();
            page.navigate(page.url().replace("lang=nl", "lang=ja"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("バックテスト"))).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "forecast-ja.png")).setFullPage(true));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
