package no.samla.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.samla.demo.DemoAccounts;
import no.samla.programme.ProgrammeData;
import no.samla.programme.Programmes;
import no.samla.programme.Rates;
import no.samla.programme.StructurePlan;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import pages and the invitation page in a real browser, which the crawler cannot reach (they
 * follow a file upload): the accessibility gate at desktop and phone width, with screenshots.
 */
@SamlaTest
class ImportPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Programmes programmes;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void browserInstalled() {
        Chromium.requireBrowser();
    }

    @Test
    void uploadPreviewResultAndInvitationPassTheGateAtBothWidths() throws Exception {
        List<String> findings = new ArrayList<>();
        for (int width : List.of(Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH)) {
            ChromeDriver driver = Chromium.start(width);
            try {
                walk(driver, width, findings);
            } finally {
                driver.quit();
            }
        }
        assertThat(findings).as("import pages that fail the accessibility gate").isEmpty();
    }

    private void walk(ChromeDriver driver, int width, List<String> findings) throws Exception {
        long programme = newProgramme();
        String tag = width + "." + System.nanoTime();
        boolean phone = width == Chromium.PHONE_WIDTH;
        login(driver);

        driver.get(url("/programmes/" + programme + "/import"));
        check(driver, width, "upload", phone, findings);

        upload(driver, """
                Navn;E-post;Kommunenummer;Ledergruppe
                Feil Epost;ikke-epost;3301;Helse
                Ukjent;ukjent.%s@x.example;9999;
                """.formatted(tag));
        check(driver, width, "preview-problems", phone, findings);

        upload(driver, """
                Navn;E-post;Kommunenummer;Sektor;Ledergruppe
                Åse Ødegård;aase.%1$s@drammen.example;3301;Helse og omsorg;Helse og omsorg
                Per Ås med et svært langt navn som må brytes;per.med.en.lang.adresse.%1$s@drammen.example;3301;;
                """.formatted(tag));
        check(driver, width, "preview-ready", phone, findings);

        click(driver, By.cssSelector("form[action*='/import/confirm'] button"));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("code.invitation-link")));
        check(driver, width, "result", phone, findings);
        String link = driver.findElement(By.cssSelector("code.invitation-link")).getText();

        driver.manage().deleteAllCookies();
        driver.get(link);
        check(driver, width, "invitation", phone, findings);
        driver.findElement(By.id("newPassword")).sendKeys("kort");
        driver.findElement(By.id("repeatPassword")).sendKeys("annet");
        click(driver, By.cssSelector("main form button[type=submit]"));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("newPassword-error")));
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
        check(driver, width, "invitation-errors", phone, findings);
    }

    private void upload(ChromeDriver driver, String csv) throws Exception {
        Path file = Files.createTempFile("deltakere", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        // Wait for the page this upload produces, not the previous preview that is still showing: the old
        // document carries a mark that a freshly loaded one does not.
        driver.executeScript("window.samlaPreviousPage = true;");
        click(driver, By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                return !Boolean.TRUE.equals(driver.executeScript("return window.samlaPreviousPage === true;"));
            } catch (org.openqa.selenium.WebDriverException navigating) {
                return false;
            }
        });
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("preview-heading")));
        // A preview with problems answers 200 as well; nothing is logged as a failed load.
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
        Files.delete(file);
    }

    private static void click(ChromeDriver driver, By button) {
        var element = driver.findElement(button);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private void check(ChromeDriver driver, int width, String page, boolean phone, List<String> findings)
            throws Exception {
        Path screenshots = Path.of("target/screenshots");
        Files.createDirectories(screenshots);
        Files.write(
                screenshots.resolve("import-" + width + "-" + page + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        for (String problem : PageAudit.audit(driver, phone)) {
            findings.add(width + " " + page + ": " + problem);
        }
    }

    private void login(ChromeDriver driver) {
        driver.get(url("/login"));
        driver.findElement(By.id("email")).sendKeys(DemoUsers.COORDINATOR.email());
        driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
    }

    private long newProgramme() {
        long provider = jdbc.queryForObject(
                "select id from provider_organisation where name = 'Fjord Lederutvikling AS'", Long.class);
        long coordinator = jdbc.queryForObject(
                "select id from person where email = ?", Long.class, DemoAccounts.COORDINATOR_FJORD);
        return programmes
                .create(new ProgrammeData(
                        "Lederprogram for Drammen og omegn " + System.nanoTime(),
                        null,
                        provider,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        List.of(),
                        Set.of(coordinator),
                        StructurePlan.none(),
                        Rates.defaults()))
                .getId();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
