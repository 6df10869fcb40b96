package no.samla.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.samla.demo.DemoProgrammes;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
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
 * The innovation pages in a browser: the board has its phases side by side on a wide screen and stacked on a phone,
 * and the board, a case page and the case's forms pass the accessibility audit at both widths.
 */
@SamlaTest
class InnovationPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver driver;

    long school;
    long kariCase;
    long step;

    @BeforeEach
    void demo() {
        Chromium.requireBrowser();
        school = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        kariCase = jdbc.queryForObject(
                "select id from innovation_case where title = ?", Long.class, "Kortere ventetid på barnehageplass");
        step = jdbc.queryForObject("select min(id) from innovation_step", Long.class);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theBoardShowsPhasesSideBySideOnAWideScreenAndStackedOnAPhone() {
        driver = Chromium.start(Chromium.DESKTOP_WIDTH);
        login(DemoUsers.COORDINATOR);
        driver.get(url("/innovation/" + school));
        List<WebElement> wide = driver.findElements(By.cssSelector("main section.col"));
        assertThat(wide).hasSize(6);
        assertThat(wide.get(1).getLocation().getY())
                .isEqualTo(wide.get(0).getLocation().getY());
        driver.quit();

        driver = Chromium.start(Chromium.PHONE_WIDTH);
        login(DemoUsers.COORDINATOR);
        driver.get(url("/innovation/" + school));
        List<WebElement> phone = driver.findElements(By.cssSelector("main section.col"));
        assertThat(phone.get(1).getLocation().getY())
                .isGreaterThan(phone.get(0).getLocation().getY()
                        + phone.get(0).getSize().getHeight()
                        - 1);
    }

    @Test
    void theInnovationPagesPassTheAccessibilityAuditAtBothWidths() {
        List<String> problems = new ArrayList<>();
        for (int width : List.of(Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH)) {
            driver = Chromium.start(width);
            login(DemoUsers.LEADER);
            for (String path : List.of(
                    "/innovation",
                    "/innovation/" + school,
                    "/innovation-cases/" + kariCase,
                    "/innovation-cases/" + kariCase + "/edit",
                    "/innovation-cases/" + kariCase + "/steps/" + step,
                    "/innovation-cases/" + kariCase + "/phase")) {
                driver.get(url(path));
                PageAudit.audit(driver, width == Chromium.PHONE_WIDTH)
                        .forEach(problem -> problems.add(width + " " + path + ": " + problem));
            }
            driver.quit();
            driver = Chromium.start(width);
            login(DemoUsers.COORDINATOR);
            for (String path : List.of(
                    "/innovation/" + school, "/innovation/" + school + "/new", "/innovation-cases/" + kariCase)) {
                driver.get(url(path));
                PageAudit.audit(driver, width == Chromium.PHONE_WIDTH)
                        .forEach(problem -> problems.add(width + " coordinator " + path + ": " + problem));
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
