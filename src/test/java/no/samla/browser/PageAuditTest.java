package no.samla.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** The gate itself can fail: a page with known faults is reported with each of them. */
class PageAuditTest {

    @Test
    void aFaultyPageIsReportedWithEachFault() {
        Chromium.requireBrowser();
        ChromeDriver driver = Chromium.start(Chromium.PHONE_WIDTH);
        try {
            String html = "<html><head><title>x</title></head><body><h1>A</h1><h1>B</h1>"
                    + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
                    + "<div style='width:2000px'>wide</div><input type='text'>"
                    + "<p style='color:#777;background:#888'>faint</p><a href='/'></a>"
                    + "<iframe title='frame' src='about:blank'></iframe></body></html>";
            driver.get("data:text/html;charset=utf-8,"
                    + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));

            List<String> problems = PageAudit.audit(driver, true);

            assertThat(problems)
                    .anyMatch(problem -> problem.startsWith("axe image-alt"))
                    .anyMatch(problem -> problem.startsWith("axe html-has-lang"))
                    .anyMatch(problem -> problem.startsWith("axe label"))
                    .anyMatch(problem -> problem.startsWith("axe color-contrast"))
                    .anyMatch(problem -> problem.startsWith("axe link-name"))
                    .anyMatch(problem -> problem.startsWith("a frame, which this audit does not look into"))
                    .contains("2 <h1> elements instead of one", "0 main landmarks instead of one")
                    .anyMatch(problem -> problem.startsWith("the page scrolls sideways at phone width (widest: div"));
        } finally {
            driver.quit();
        }
    }
}
