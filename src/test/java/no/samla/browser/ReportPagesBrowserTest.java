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
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The evaluation report in a browser: the whole programme's report and a municipality's pass the accessibility audit
 * at both widths, and their wide tables scroll inside the page on a phone rather than widening it.
 */
@no.samla.support.SamlaTest
class ReportPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver driver;

    String report;
    String drammenReport;

    @BeforeEach
    void demo() {
        Chromium.requireBrowser();
        long school = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        long drammen = jdbc.queryForObject("select id from municipality where number = '3301'", Long.class);
        report = "/programmes/" + school + "/report";
        drammenReport = report + "/municipalities/" + drammen;
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theReportsPassTheAccessibilityAuditAndFitAPhone() {
        List<String> problems = new ArrayList<>();
        for (int width : List.of(Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH)) {
            for (DemoUsers who : List.of(DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN)) {
                driver = Chromium.start(width);
                login(who);
                String path = who == DemoUsers.COORDINATOR ? report : drammenReport;
                driver.get(url(path));
                assertThat(driver.findElements(By.cssSelector("main .table-responsive table")))
                        .isNotEmpty();
                Number pageWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
                assertThat(pageWidth.intValue()).as(width + " " + path).isLessThanOrEqualTo(width);
                PageAudit.audit(driver, width == Chromium.PHONE_WIDTH)
                        .forEach(problem -> problems.add(width + " " + path + ": " + problem));
                driver.quit();
                driver = null;
            }
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
