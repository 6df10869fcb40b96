package no.samla.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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

/**
 * A leader writes a log entry on a phone-width screen: what they type is autosaved as a draft, and when the autosave
 * cannot reach the server the text is kept in the browser and offered back when the form is opened again.
 */
@SamlaTest
class LogEntryDraftBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver driver;

    long programme;
    long kari;
    Instant started;

    @BeforeEach
    void startBrowser() {
        Chromium.requireBrowser();
        driver = Chromium.start(Chromium.PHONE_WIDTH);
        programme = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        kari = jdbc.queryForObject("select id from person where email = ?", Long.class, DemoUsers.LEADER.email());
        started = Instant.now();
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        jdbc.update("delete from log_entry_draft where person_id = ?", kari);
        jdbc.update("delete from log_entry where person_id = ? and created_at >= ?", kari, Timestamp.from(started));
    }

    @Test
    void theDraftIsSavedKeptInTheBrowserWhenTheServerCannotBeReachedAndRestored() {
        login();
        driver.get(url("/journal/new?programme=" + programme));
        WebElement did = driver.findElement(By.id("did"));
        did.sendKeys("Jeg lot teamet planlegge uka selv.");
        waitFor(d -> status().contains("Kladd lagret"));
        assertThat(jdbc.queryForObject(
                        "select did from log_entry_draft where person_id = ? and entry_id is null", String.class, kari))
                .isEqualTo("Jeg lot teamet planlegge uka selv.");
        assertThat((Boolean) driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .isTrue();

        // The server can no longer be reached for the autosave.
        driver.executeScript("const form = document.querySelector('form[data-draft-key]');"
                + " form.setAttribute('hx-post', '/journal/no-such-address'); htmx.process(form);");
        driver.findElement(By.id("learned")).sendKeys("Det gikk fint uten meg.");
        waitFor(d -> status().contains("Ikke lagret på serveren"));

        driver.navigate().refresh();
        assertThat(driver.findElement(By.id("did")).getAttribute("value"))
                .isEqualTo("Jeg lot teamet planlegge uka selv.");
        assertThat(driver.findElement(By.id("learned")).getAttribute("value")).isEmpty();
        WebElement offer = driver.findElement(By.cssSelector("[data-local-restore]"));
        waitFor(d -> offer.isDisplayed());
        offer.findElement(By.cssSelector("[data-local-restore-button]")).click();
        assertThat(driver.findElement(By.id("learned")).getAttribute("value")).isEqualTo("Det gikk fint uten meg.");

        WebElement save = driver.findElement(By.cssSelector("form[data-draft-key] button[type=submit]"));
        driver.executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].focus();", save);
        save.sendKeys(Keys.ENTER);
        waitFor(d -> driver.getCurrentUrl().matches(".*/journal/\\d+$"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Det gikk fint uten meg.");
        assertThat(driver.executeScript("return window.localStorage.getItem('samla.journal-new-" + programme + "');"))
                .isNull();
    }

    @Test
    void theLogPagesPassTheAccessibilityAuditAtPhoneWidth() {
        long shared = jdbc.queryForObject(
                "select id from log_entry where person_id = ? and share_with_coach order by id desc limit 1",
                Long.class,
                kari);
        login();
        List<String> problems = new ArrayList<>();
        for (String path : List.of(
                "/journal",
                "/journal/new?programme=" + programme,
                "/journal/" + shared,
                "/journal/" + shared + "/edit",
                "/journal/" + shared + "/versions/1",
                "/journal/shared")) {
            driver.get(url(path));
            PageAudit.audit(driver, true).forEach(problem -> problems.add(path + ": " + problem));
        }
        // The form with its error messages, after saving it empty.
        driver.get(url("/journal/new?programme=" + programme));
        WebElement save = driver.findElement(By.cssSelector("form[data-draft-key] button[type=submit]"));
        driver.executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].focus();", save);
        save.sendKeys(Keys.ENTER);
        waitFor(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
        // The browser logs the 422 status of the refused form; that is the answer expected, not a fault.
        PageAudit.audit(driver, true).stream()
                .filter(problem -> !problem.contains("status of 422"))
                .forEach(problem -> problems.add("empty entry: " + problem));
        assertThat(problems).isEmpty();
    }

    private String status() {
        return driver.findElement(By.id("draft-status")).getText();
    }

    private void login() {
        driver.get(url("/login"));
        driver.findElement(By.id("email")).sendKeys(DemoUsers.LEADER.email());
        driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        driver.findElement(By.id("password")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
