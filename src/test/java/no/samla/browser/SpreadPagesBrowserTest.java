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
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The innovation library, a shared case's library page with its follow and adopt forms, the journal form with its
 * case choice and a municipality's sharing page pass the accessibility audit on a wide screen and on a phone.
 */
@SamlaTest
class SpreadPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver driver;

    long school;
    long kariCase;
    long sharedCase;
    long drammen;

    @BeforeEach
    void demo() {
        Chromium.requireBrowser();
        school = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        kariCase = jdbc.queryForObject(
                "select id from innovation_case where title = ?", Long.class, "Kortere ventetid på barnehageplass");
        sharedCase = jdbc.queryForObject(
                "select id from innovation_case where title = ?", Long.class, "Hverdagsrehabilitering hjemme");
        drammen = jdbc.queryForObject("select id from municipality where number = '3301'", Long.class);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theSpreadPagesPassTheAccessibilityAuditAtBothWidths() {
        List<String> problems = new ArrayList<>();
        for (int width : List.of(Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH)) {
            audit(
                    DemoUsers.LEADER,
                    width,
                    problems,
                    List.of(
                            "/innovation-library",
                            "/innovation-library?q=hjem&status=ACTIVE",
                            "/innovation-library/" + sharedCase,
                            "/innovation-library/" + kariCase,
                            "/innovation-cases/" + kariCase,
                            "/journal/new?programme=" + school));
            audit(
                    DemoUsers.MUNICIPALITY_ADMIN,
                    width,
                    problems,
                    List.of("/", "/municipalities/" + drammen + "/case-sharing", "/innovation-library/" + sharedCase));
        }
        assertThat(problems).isEmpty();
    }

    private void audit(DemoUsers who, int width, List<String> problems, List<String> paths) {
        driver = Chromium.start(width);
        login(who);
        for (String path : paths) {
            driver.get(url(path));
            PageAudit.audit(driver, width == Chromium.PHONE_WIDTH)
                    .forEach(problem -> problems.add(width + " " + who + " " + path + ": " + problem));
        }
        driver.quit();
        driver = null;
    }

    private void login(DemoUsers who) {
        Chromium.signIn(driver, url(""), who);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
