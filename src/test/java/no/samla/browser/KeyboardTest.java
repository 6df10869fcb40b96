package no.samla.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main flow of each role with the keyboard only: skip link, tab order into the navigation, visible
 * focus, forms submitted with Enter, and errors that take the focus and are tied to their fields.
 */
@SamlaTest
class KeyboardTest {

    static final int MAX_TABS = 60;

    @LocalServerPort
    int port;

    ChromeDriver driver;

    @BeforeEach
    void startBrowser() {
        Chromium.requireBrowser();
        driver = Chromium.start(Chromium.DESKTOP_WIDTH);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theSkipLinkIsTheFirstStopAndMovesFocusToTheMainContent() {
        driver.get(url("/accessibility"));
        tab();
        WebElement skip = focused();
        assertThat(skip.getAttribute("href")).endsWith("#main");
        assertThat(skip.isDisplayed())
                .as("the skip link shows when it has focus")
                .isTrue();
        assertFocusVisible();

        skip.sendKeys(Keys.ENTER);
        assertThat(focused().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void adminAddsAPersonWithTheKeyboardAndIsLedToTheErrorsFirst() {
        loginWithKeyboard(DemoUsers.ADMIN);
        tabTo("header nav a[href='/admin/people']");
        enter();
        waitForPath("/admin/people");
        tabTo("main a[href='/admin/people/new']");
        enter();
        waitForPath("/admin/people/new");

        tabTo("#fullName");
        enter();
        waitForErrorSummary();
        WebElement summary = focused();
        assertThat(summary.getAttribute("class")).contains("error-summary");
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertFieldDescribedByItsError("fullName");
        assertFieldDescribedByItsError("email");

        tab();
        assertThat(focused().getAttribute("href")).endsWith("#fullName");
        enter();
        assertThat(focused().getAttribute("id")).isEqualTo("fullName");
        type("Tastatur Testesen");
        tabTo("#email");
        type("tastatur." + System.nanoTime() + "@keyboard.example");
        enter();

        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tastatur Testesen");
    }

    @Test
    void coordinatorMunicipalityAdminAndLeaderReachTheirPasswordFormAndHearItsErrors() {
        for (DemoUsers user : List.of(DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN, DemoUsers.LEADER)) {
            driver.manage().deleteAllCookies();
            loginWithKeyboard(user);
            tabTo("header nav a[href='/account/password']");
            enter();
            waitForPath("/account/password");

            tabTo("#currentPassword");
            type(DemoUsers.PASSWORD);
            tab();
            type("kort");
            tab();
            type("noe annet");
            enter();

            waitForErrorSummary();
            assertThat(focused().getAttribute("class")).as(user.name()).contains("error-summary");
            assertFieldDescribedByItsError("newPassword");
            assertFieldDescribedByItsError("repeatPassword");
        }
    }

    private void loginWithKeyboard(DemoUsers user) {
        driver.get(url("/login"));
        tab();
        assertThat(focused().getAttribute("href")).endsWith("#main");
        tabTo("#email");
        type(user.email());
        tab();
        assertThat(focused().getAttribute("id")).isEqualTo("password");
        type(DemoUsers.PASSWORD);
        enter();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        // Start the next walk from the top of the page, as a keyboard user arriving on it would.
        driver.findElement(By.tagName("body"));
        ((JavascriptExecutor) driver).executeScript("document.activeElement.blur();");
    }

    /** Presses Tab until the element matching the selector has focus, checking each stop shows its focus. */
    private void tabTo(String selector) {
        WebElement target = driver.findElement(By.cssSelector(selector));
        for (int i = 0; i < MAX_TABS; i++) {
            tab();
            if (focused().equals(target)) {
                assertFocusVisible();
                return;
            }
            assertFocusVisible();
        }
        throw new AssertionError("Tab never reached " + selector + " in " + MAX_TABS + " presses");
    }

    private void assertFocusVisible() {
        WebElement element = focused();
        String outline = (String) ((JavascriptExecutor) driver)
                .executeScript(
                        "const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;",
                        element);
        assertThat(outline)
                .as("focus indicator of <%s> %s", element.getTagName(), element.getText())
                .doesNotStartWith("none")
                .doesNotEndWith(" 0px");
    }

    private void assertFieldDescribedByItsError(String field) {
        WebElement input = driver.findElement(By.id(field));
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getAttribute("aria-describedby")).contains(field + "-error");
        assertThat(driver.findElement(By.id(field + "-error")).getText()).isNotBlank();
    }

    private void waitForErrorSummary() {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> focused().getAttribute("class") != null
                        && focused().getAttribute("class").contains("error-summary"));
    }

    private void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url(path)));
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private void tab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }

    private void enter() {
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    private void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
