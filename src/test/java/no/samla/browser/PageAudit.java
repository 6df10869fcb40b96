package no.samla.browser;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
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
            // none, and a page that gets one is reported below, so that the audit is not silently partial.
            // Only the violations are read: axe still runs every rule, but leaves out the elements that passed, which
            // it otherwise sends back in full for every rule.
            AxeRunOptions options = new AxeRunOptions();
            options.setResultTypes(List.of("violations"));
            Results results = new AxeBuilder()
                    .withOptions(options)
                    .withTags(WCAG_TAGS)
                    .setLegacyMode(true)
                    .disableIframeTesting()
                    .analyze(driver);
            if (results.isErrored()) {
                problems.add("axe failed: " + results.getErrorMessage());
            }
            for (Rule violation : results.getViolations()) {
                problems.add("axe " + violation.getId() + " (" + violation.getImpact() + ", "
                        + violation.getNodes().size() + " element(s)): " + violation.getHelp());
            }
        }
        // The page's structure read in one script call: a WebDriver round trip per question was a share of each visit.
        Map<?, ?> page = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript("""
                        const root = document.documentElement;
                        return {
                          title: document.title,
                          lang: root.getAttribute('lang'),
                          headings: document.querySelectorAll('h1').length,
                          mains: document.querySelectorAll('main, [role=main]').length,
                          frames: document.querySelectorAll('iframe').length,
                          scrolls: root.scrollWidth > root.clientWidth
                        };
                        """);
        if (axe && ((Number) page.get("frames")).intValue() > 0) {
            problems.add("a frame, which this audit does not look into: audit it with AxeBuilder's default mode");
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add("console error: " + entry.getMessage());
            }
        }
        if (!(page.get("title") instanceof String title) || title.isBlank()) {
            problems.add("no <title>");
        }
        Object lang = page.get("lang");
        if (lang == null || !List.of("nb", "nn", "en").contains(lang)) {
            problems.add("html lang is '" + lang + "'");
        }
        int headings = ((Number) page.get("headings")).intValue();
        if (headings != 1) {
            problems.add(headings + " <h1> elements instead of one");
        }
        int mains = ((Number) page.get("mains")).intValue();
        if (mains != 1) {
            problems.add(mains + " main landmarks instead of one");
        }
        if (phone && Boolean.TRUE.equals(page.get("scrolls"))) {
            problems.add("the page scrolls sideways at phone width (widest: " + widest(driver) + ")");
        }
        return problems;
    }
}
