package no.samla.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import no.samla.support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver at fixed paths, headless. Without them the browser tests are
 * skipped loudly on a developer's machine and fail under CI, where .ci/run installs them.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final int DESKTOP_WIDTH = 1280;
    static final int PHONE_WIDTH = 390;

    private Chromium() {}

    /** Call first in every browser test. */
    static void requireBrowser() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String message = "BROWSER TESTS SKIPPED: Chromium and ChromeDriver are not installed at " + BROWSER + " and "
                + DRIVER + ". Install them with: sudo apt-get install chromium chromium-driver";
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail(message.replace("SKIPPED", "FAILED under CI"));
        }
        if (!installed) {
            System.out.println("*".repeat(100) + "\n" + message + "\n" + "*".repeat(100));
        }
        assumeTrue(installed, message);
    }

    static ChromeDriver start(int width) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--no-first-run",
                "--lang=nb-NO",
                "--user-data-dir=" + temporaryProfile());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nb-NO,nb"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, 900));
        return driver;
    }

    /** Signs the browser in as a demo user through the login form, pressing Enter as a keyboard user does. */
    static void signIn(WebDriver driver, String origin, DemoUsers who) {
        driver.get(origin + "/login");
        driver.findElement(By.id("email")).sendKeys(who.email());
        driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        driver.findElement(By.id("password")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("samla-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
