package no.samla.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import no.samla.demo.DemoProgrammes;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The htmx controls on a phone-width screen, with the keyboard only: ticking attendance and moving an agenda item
 * save at once, and focus stays on the control the user pressed after the part of the page is swapped.
 */
@SamlaTest
class HtmxControlsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver driver;

    long programme;
    long gathering;

    @BeforeEach
    void startBrowser() {
        Chromium.requireBrowser();
        driver = Chromium.start(Chromium.PHONE_WIDTH);
        programme = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        gathering = jdbc.queryForObject(
                "select id from gathering where programme_id = ? and number = 1", Long.class, programme);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aCoordinatorTicksAttendanceWithTheKeyboardAndKeepsFocusOnTheButton() {
        long kari = jdbc.queryForObject("select id from person where email = ?", Long.class, DemoUsers.LEADER.email());
        List<String> before = jdbc.queryForList(
                "select status from attendance where gathering_id = ? and person_id = ?",
                String.class,
                gathering,
                kari);
        String next = before.contains("EXCUSED") ? "ABSENT" : "EXCUSED";
        try {
            login();
            driver.get(url("/programmes/" + programme + "/gatherings/" + gathering + "/attendance"));
            String button = "status-" + kari + "-" + next;
            press(button, Keys.SPACE);
            waitFor(d -> "true".equals(driver.findElement(By.id(button)).getAttribute("aria-pressed")));
            waitFor(d -> button.equals(focused().getAttribute("id")));
            assertThat(jdbc.queryForObject(
                            "select status from attendance where gathering_id = ? and person_id = ?",
                            String.class,
                            gathering,
                            kari))
                    .isEqualTo(next);
            assertThat(noSidewaysScrolling()).isTrue();
        } finally {
            if (before.isEmpty()) {
                jdbc.update("delete from attendance where gathering_id = ? and person_id = ?", gathering, kari);
            } else {
                jdbc.update(
                        "update attendance set status = ? where gathering_id = ? and person_id = ?",
                        before.get(0),
                        gathering,
                        kari);
            }
        }
    }

    @Test
    void aCoordinatorMovesAnAgendaItemDownAndBackUpWithTheKeyboard() {
        List<Long> original = order();
        long first = original.get(0);
        try {
            login();
            driver.get(url("/programmes/" + programme + "/gatherings/" + gathering + "/agenda"));
            press("move-down-" + first, Keys.ENTER);
            waitFor(d -> order().indexOf(first) == 1);
            // The button had focus before it was pressed, so focus alone does not show the swap is done: wait for
            // the row to be in its new place on the page, then for focus on the swapped-in button.
            waitFor(d -> ("item-" + first)
                    .equals(d.findElements(By.cssSelector("tbody tr")).get(1).getAttribute("id")));
            waitFor(d -> ("move-down-" + first).equals(focused().getAttribute("id")));

            press("move-up-" + first, Keys.ENTER);
            waitFor(d -> order().indexOf(first) == 0);
            waitFor(d -> ("item-" + first)
                    .equals(d.findElements(By.cssSelector("tbody tr")).get(0).getAttribute("id")));
            waitFor(d -> ("move-down-" + first).equals(focused().getAttribute("id")));
            assertThat(order()).isEqualTo(original);
        } finally {
            List<Long> now = order();
            // One statement, so that the unique positions are checked once, at its end.
            jdbc.update(
                    "update agenda_item a set position = x.position"
                            + " from unnest(string_to_array(?, ',')::bigint[]) with ordinality as x(id, position)"
                            + " where a.id = x.id",
                    String.join(",", original.stream().map(String::valueOf).toList()));
            assertThat(now).as("the agenda after the test").containsExactlyInAnyOrderElementsOf(original);
        }
    }

    /** The first day's items in agenda order. */
    private List<Long> order() {
        return jdbc.queryForList(
                "select id from agenda_item where gathering_id = ? and day = 1 order by position",
                Long.class,
                gathering);
    }

    /** Moves focus to the control as Tab would, then presses the key, as a keyboard user does. */
    private void press(String id, Keys key) {
        WebElement element = driver.findElement(By.id(id));
        driver.executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].focus();", element);
        assertThat(focused().getAttribute("id")).isEqualTo(id);
        new Actions(driver).sendKeys(key).perform();
    }

    private void login() {
        driver.get(url("/login"));
        driver.findElement(By.id("email")).sendKeys(DemoUsers.COORDINATOR.email());
        driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        driver.findElement(By.id("password")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private boolean noSidewaysScrolling() {
        return (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    private void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        // htmx replaces the elements being watched: a stale one just means "look again".
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
