package no.samla.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.samla.demo.DemoProgrammes;
import no.samla.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboards in a browser: each passes the accessibility audit at both widths, its charts and wide tables stay
 * inside a phone's width, and a municipality admin changes programme and period with the keyboard alone.
 */
@no.samla.support.SamlaTest
class DashboardBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver driver;

    long school;
    String drammenDashboard;

    @BeforeEach
    void demo() {
        Chromium.requireBrowser();
        school = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        long drammen = jdbc.queryForObject("select id from municipality where number = '3301'", Long.class);
        drammenDashboard = "/dashboards/municipalities/" + drammen;
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theDashboardsPassTheAccessibilityAuditAndFitAPhone() {
        List<String> problems = new ArrayList<>();
        record Visit(DemoUsers who, String path) {}
        List<Visit> visits = List.of(
                new Visit(DemoUsers.MUNICIPALITY_ADMIN, drammenDashboard),
                new Visit(DemoUsers.MUNICIPALITY_ADMIN, "/dashboards/programmes/" + school + "/leaders?show=INACTIVE"),
                new Visit(DemoUsers.COORDINATOR, "/dashboards/coordinator"),
                new Visit(DemoUsers.ADMIN, "/dashboards/admin"));
        for (int width : List.of(Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH)) {
            for (Visit visit : visits) {
                driver = Chromium.start(width);
                login(visit.who());
                driver.get(url(visit.path()));
                assertThat(driver.findElements(By.cssSelector("main table")))
                        .as(visit.path())
                        .isNotEmpty();
                Number pageWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
                assertThat(pageWidth.intValue()).as(width + " " + visit.path()).isLessThanOrEqualTo(width);
                PageAudit.audit(driver, width == Chromium.PHONE_WIDTH)
                        .forEach(problem -> problems.add(width + " " + visit.path() + ": " + problem));
                driver.quit();
                driver = null;
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMunicipalityAdminSubmitsTheFilterWithTheKeyboard() {
        driver = Chromium.start(Chromium.PHONE_WIDTH);
        login(DemoUsers.MUNICIPALITY_ADMIN);
        driver.get(url(drammenDashboard));
        String from = driver.findElement(By.id("from")).getAttribute("value");
        String to = driver.findElement(By.id("to")).getAttribute("value");
        assertThat(from).matches("\\d{4}-\\d{2}");
        driver.findElement(By.id("to")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("programme="));
        assertThat(driver.getCurrentUrl()).contains("programme=" + school, "from=" + from, "to=" + to);
        long months = java.time.temporal.ChronoUnit.MONTHS.between(
                        java.time.YearMonth.parse(from), java.time.YearMonth.parse(to))
                + 1;
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby='h-months'] tbody tr")))
                .hasSize((int) months);
    }

    private void login(DemoUsers who) {
        Chromium.signIn(driver, url(""), who);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
