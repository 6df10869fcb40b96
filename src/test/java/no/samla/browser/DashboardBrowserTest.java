package no.samla.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * A municipality admin changes programme and period on their dashboard with the keyboard alone. (The accessibility
 * audit and the phone-width check of every dashboard are the crawl's: AccessibilityCrawlTest.)
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
