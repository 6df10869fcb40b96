package no.samla.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** What one loaded page must satisfy: WCAG 2.1 AA by axe, no console errors, a sound structure. */
final class PageAudit {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private PageAudit() {}

    /** The innermost elements that stick out to the right, outside tables that scroll on purpose. */
    static Object widest(WebDriver driver) {
        return ((JavascriptExecutor) driver).executeScript("""
                        const limit = document.documentElement.clientWidth;
                        return Array.from(document.querySelectorAll('body *'))
                          .filter(e => e.getBoundingClientRect().right > limit + 1 && !e.closest('.table-responsive'))
                          .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > limit + 1))
                          .slice(0, 3)
                          .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + Array.from(e.classList).join('.'))
                          .join(', ');
                        """);
    }

    /** Problems of the page the driver shows now; empty when it passes. */
    static List<String> audit(WebDriver driver, boolean phone) {
        return audit(driver, phone, true);
    }

    /** Problems of the page the driver shows now, with or without axe's WCAG rules; empty when it passes. */
    static List<String> audit(WebDriver driver, boolean phone, boolean axe) {
        List<String> problems = new ArrayList<>();
        if (axe) {
            // axe.run in the page itself: by default the library runs axe in parts and finishes in a new blank tab,
            // injecting axe twice per page, which cost a third of each audit. On a page with seven faults both ways
            // reported the same rules for the same elements. This way does not look into frames; Samla's pages have
            // none, and a page that gets one is reported, so that the audit is not silently partial.
            if (!driver.findElements(By.tagName("iframe")).isEmpty()) {
                problems.add("a frame, which this audit does not look into: audit it with AxeBuilder's default mode");
            }
            Results results = new AxeBuilder()
                    .withTags(WCAG_TAGS)
                    .setLegacyMode(true)
                    .disableIframeTesting()
                    .analyze(driver);
            for (Rule violation : results.getViolations()) {
                problems.add("axe " + violation.getId() + " (" + violation.getImpact() + ", "
                        + violation.getNodes().size() + " element(s)): " + violation.getHelp());
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add("console error: " + entry.getMessage());
            }
        }
        if (driver.getTitle() == null || driver.getTitle().isBlank()) {
            problems.add("no <title>");
        }
        String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
        if (lang == null || !List.of("nb", "nn", "en").contains(lang)) {
            problems.add("html lang is '" + lang + "'");
        }
        int headings = driver.findElements(By.tagName("h1")).size();
        if (headings != 1) {
            problems.add(headings + " <h1> elements instead of one");
        }
        int mains = driver.findElements(By.cssSelector("main, [role=main]")).size();
        if (mains != 1) {
            problems.add(mains + " main landmarks instead of one");
        }
        if (phone) {
            Boolean scrolls = (Boolean) ((JavascriptExecutor) driver)
                    .executeScript(
                            "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            if (Boolean.TRUE.equals(scrolls)) {
                problems.add("the page scrolls sideways at phone width (widest: " + widest(driver) + ")");
            }
        }
        return problems;
    }
}
