package no.samla.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.samla.demo.DemoProgrammes;
import no.samla.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benefit pages in a browser: the chart is drawn inside the page's width on a phone too, and the benefit page, its
 * forms and the programme's overview pass the accessibility audit at both widths.
 */
@no.samla.support.SamlaTest
class BenefitPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver driver;

    long school;
    String benefit;

    @BeforeEach
    void demo() {
        Chromium.requireBrowser();
        school = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        benefit = jdbc.queryForObject(
                "select '/innovation-cases/' || b.case_id || '/benefits/' || b.id from innovation_benefit b"
                        + " where b.title = ?",
                String.class,
                "Kortere svartid på søknader");
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theChartFitsAPhoneAndThePagesPassTheAccessibilityAuditAtBothWidths() {
        List<String> problems = new ArrayList<>();
        for (int width : List.of(Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH)) {
            driver = Chromium.start(width);
            login(DemoUsers.LEADER);
            driver.get(url(benefit));
            WebElement chart = driver.findElement(By.cssSelector("main svg[role=img]"));
            assertThat(chart.getSize().getWidth()).isPositive().isLessThanOrEqualTo(width);
            assertThat(chart.getSize().getHeight()).isPositive();
            for (String path : List.of(
                    benefit,
                    benefit + "/edit",
                    benefit + "/measurements/new",
                    benefit.replaceAll("/\\d+$", "") + "/new",
                    "/innovation/" + school + "/benefits")) {
                driver.get(url(path));
                PageAudit.audit(driver, width == Chromium.PHONE_WIDTH)
                        .forEach(problem -> problems.add(width + " " + path + ": " + problem));
            }
            driver.quit();
            driver = null;
        }
        assertThat(problems).isEmpty();
    }

    private void login(DemoUsers who) {
        Chromium.signIn(driver, url(""), who);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
