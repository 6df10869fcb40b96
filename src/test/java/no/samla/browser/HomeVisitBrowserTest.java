package no.samla.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.samla.demo.DemoProgrammes;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The home visit pages at phone width pass the accessibility audit, for the coordinator and for a leader who comes. */
@SamlaTest
class HomeVisitBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver driver;

    long school;
    long visit;

    @BeforeEach
    void startBrowser() {
        Chromium.requireBrowser();
        driver = Chromium.start(Chromium.PHONE_WIDTH);
        school = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        visit = jdbc.queryForObject(
                "select id from home_visit where programme_id = ? and status = 'SCHEDULED'", Long.class, school);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theCoordinatorsPagesAndTheRefusedFormPassTheAuditAtPhoneWidth() {
        login(DemoUsers.COORDINATOR);
        String base = "/programmes/" + school + "/home-visits";
        List<String> problems = new ArrayList<>();
        for (String path : List.of(
                base,
                base + "/" + visit + "/edit",
                base + "/" + visit + "/notes",
                "/home-visits/" + visit,
                "/programmes/" + school + "/timeline")) {
            driver.get(url(path));
            PageAudit.audit(driver, true).forEach(problem -> problems.add(path + ": " + problem));
        }
        assertThat(problems).isEmpty();
        // The edit form with its error messages, after emptying the place and saving.
        driver.get(url(base + "/" + visit + "/edit"));
        assertThat(driver.getPageSource()).contains("id=\"place\"");
        WebElement place = driver.findElement(By.id("place"));
        place.clear();
        place.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
        // The browser logs the 422 status of the refused form; that is the answer expected, not a fault.
        PageAudit.audit(driver, true).stream()
                .filter(problem -> !problem.contains("status of 422"))
                .forEach(problem -> problems.add("empty place: " + problem));
        assertThat(problems).isEmpty();
    }

    @Test
    void theVisitPageOfALeaderWhoComesPassesTheAuditAtPhoneWidth() {
        login(DemoUsers.LEADER);
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/home-visits/" + visit, "/my-programme/" + school)) {
            driver.get(url(path));
            PageAudit.audit(driver, true).forEach(problem -> problems.add(path + ": " + problem));
        }
        assertThat(problems).isEmpty();
    }

    private void login(DemoUsers user) {
        driver.get(url("/login"));
        driver.findElement(By.id("email")).sendKeys(user.email());
        driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        driver.findElement(By.id("password")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
