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
            Page page = signedIn(browser, f);

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

    @Test
    void aPlannerImportsHistoryAndSeesEveryProblemOfARefusedFile() {
        Path chromium = Chromium.require();
        Fixture f = organisation.create();
        try (Playwright pw = Chromium.playwright(); Browser browser = Chromium.launch(pw, chromium)) {
            Page page = signedIn(browser, f);
            page.navigate(url("/forecasting"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import contact history")).click();
            page.getByLabel("Queue").selectOption(new SelectOption().setLabel("Chat tech"));

            upload(page, "queue,interval_start,contacts,aht_seconds\nChat tech,2033-06-06T09:00:00,4,300\nChat tech,2033-06-06 9h15,-2,300\n");
            assertThat(page.getByText("Nothing was imported. Please correct these problems:")).isVisible();
            assertThat(page.getByText("line 3, column 2 (interval_start): unparseable timestamp '2033-06-06 9h15'", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(page.getByText("line 3, column 3 (contacts): must be a number >= 0, was '-2'")).isVisible();
            org.assertj.core.api.Assertions.assertThat(storedOn("2033-06-06")).isZero();

            page.getByLabel("Queue").selectOption(new SelectOption().setLabel("Chat tech"));
            upload(page, "queue,interval_start,contacts,aht_seconds\nChat tech,2033-06-06T09:00:00,4,300\nChat tech,2033-06-06T09:15:00,2,300\n"
                    + "Voice billing,2033-06-06T09:15:00,9,300\n");
            assertThat(page.getByText(Pattern.compile("Stored 2 intervals of 15 minutes for Chat tech"))).isVisible();
            assertThat(page.getByText("Rows of other queues ignored: 1.")).isVisible();
            org.assertj.core.api.Assertions.assertThat(storedOn("2033-06-06")).isEqualTo(2);

            page.navigate(url("/forecasting/history?lang=nl"));
            page.getByLabel("Wachtrij").selectOption(new SelectOption().setLabel("Chat tech"));
            upload(page, "queue,interval_start,contacts,aht_seconds\nChat tech,gisteren,4,300\n");
            assertThat(page.getByText("regel 2, kolom 2 (interval_start): onleesbaar tijdstip 'gisteren'", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            page.navigate(url("/forecasting/history?lang=ja"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("問い合わせ履歴の取り込み"))).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "history-import-ja.png")).setFullPage(true));
        }
    }

    private Page signedIn(Browser browser, Fixture f) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000)).newPage();
        Chromium.signIn(page, url(""), f.planner(), TestOrganisation.PASSWORD);
        return page;
    }

    private static void upload(Page page, String csv) {
        page.locator("#file").setInputFiles(new com.microsoft.playwright.options.FilePayload("history.csv", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("form[enctype] button[type=submit]").click();
        page.waitForLoadState();
    }

    private long storedOn(String day) {
        return jdbc.sql("SELECT COUNT(*) FROM contact_history h JOIN contact_queue q ON q.id = h.queue_id WHERE q.name = 'Chat tech' "
                + "AND h.interval_start >= ? AND h.interval_start < ?").params(java.sql.Timestamp.from(java.time.Instant.parse(day + "T00:00:00Z")),
                java.sql.Timestamp.from(java.time.Instant.parse(day + "T23:59:59Z"))).query(Long.class).single();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
