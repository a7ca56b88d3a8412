package io.homeshore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.homeshore.support.Chromium;
import io.homeshore.support.TestOrganisation;
import io.homeshore.support.TestOrganisation.Fixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A planner uses the staffing calculator: the answer and the chart follow the inputs, in English, Dutch and Japanese. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffingBrowserTest {

    @LocalServerPort int port;
    @Autowired TestOrganisation organisation;

    @Test
    void theCalculatorAnswersAsInputsChangeInThreeLanguages() {
        Path chromium = Chromium.require();
        Fixture f = organisation.create();
        try (Playwright pw = Chromium.playwright(); Browser browser = Chromium.launch(pw, chromium)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000)).newPage();
            Chromium.signIn(page, url(""), f.planner(), TestOrganisation.PASSWORD);

            page.navigate(url("/staffing"));
            // the textbook case: 100 calls in 30 minutes, 180 s, 80 % in 20 s, occupancy at most 85 %, 30 % shrinkage
            assertThat(page.locator("#agents")).hasText("14");
            assertThat(page.locator("#scheduled")).hasText("20");
            assertThat(page.locator("#chart canvas")).isVisible();

            page.getByLabel("Average patience (s)").fill("300");
            page.getByLabel("Maximum abandonment (%)").fill("5");
            assertThat(page.locator("#agents")).hasText("13");
            page.getByLabel("Contacts in the interval").fill("400");
            assertThat(page.locator("#agents")).not().hasText("13");
            page.getByLabel("Average handle time (s)").fill("0");
            assertThat(page.getByText("must be a positive number").first()).isVisible();
            page.getByLabel("Average handle time (s)").fill("180");
            assertThat(page.locator("#agents")).isVisible();
            assertThat(page.locator("#chart canvas")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "staffing-en.png")).setFullPage(true));

            page.navigate(url("/staffing?lang=nl"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bezettingscalculator"))).isVisible();
            assertThat(page.locator("#agents")).hasText("14");
            page.navigate(url("/staffing?lang=ja"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("要員計算ツール"))).isVisible();
            assertThat(page.locator("#chart canvas")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "staffing-ja.png")).setFullPage(true));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
