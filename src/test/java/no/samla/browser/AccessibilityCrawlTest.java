package no.samla.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import no.samla.system.security.Access;
import no.samla.system.security.RouteAccessTable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The accessibility gate: for each role of the demo data, at desktop and phone width, visits every page
 * reachable by links and every GET route of the access table the role may open, and fails on WCAG 2.1
 * AA violations (axe on every page at desktop width, and on the main pages at phone width), sideways
 * scrolling at phone width, server errors, console errors, broken links or resources, and pages without
 * title, language, one h1 and one main landmark. Writes the table to target/accessibility-report.md and
 * screenshots of the main pages to target/screenshots/.
 */
@SamlaTest
class AccessibilityCrawlTest {

    static final List<DemoUsers> VISITORS = List.of(
            DemoUsers.ANONYMOUS,
            DemoUsers.ADMIN,
            DemoUsers.COORDINATOR,
            DemoUsers.MUNICIPALITY_ADMIN,
            DemoUsers.LEADER);
    static final int MAX_PAGES_PER_VISITOR = 220;
    /**
     * Pages of one route (same path, ids and queries aside) that are enough to judge its template: one per width
     * and visitor. The five visitors see different data on the same route, so a second page of the same visitor
     * added minutes to the suite and found nothing new.
     */
    static final int MAX_VARIANTS_PER_ROUTE = 1;

    static final Path REPORT = Path.of("target/accessibility-report.md");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Path PUBLISHED_SCREENSHOTS = Path.of("docs/screenshots");

    /** The screenshots the README shows, refreshed with -Dsamla.screenshots.publish=true. */
    static final Map<String, String> PUBLISHED = Map.of(
            "anonymous-1280-login.png", "login.png",
            "admin-1280-admin-people.png", "admin-people.png",
            "admin-1280-admin-accounts.png", "admin-accounts.png",
            "admin-390-admin-people.png", "admin-people-phone.png");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    record Finding(String visitor, int width, String page, List<String> problems) {}

    @Test
    void everyPageForEveryRolePassesTheGateAtDesktopAndPhoneWidth() throws Exception {
        Chromium.requireBrowser();
        List<RouteAccessTable.Route> routes = RouteAccessTable.routes(RouteAccessTable.DemoIds.from(jdbc));
        Files.createDirectories(SCREENSHOTS);
        // The two widths crawl side by side, each in its own browser: the pages only read, and it halves the wait.
        java.util.concurrent.ExecutorService widths = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<List<Finding>>> crawls = new ArrayList<>();
        try {
            for (int width : new int[] {Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH}) {
                crawls.add(widths.submit(() -> crawlAllVisitors(width, routes)));
            }
            List<Finding> collected = new ArrayList<>();
            for (java.util.concurrent.Future<List<Finding>> crawl : crawls) {
                collected.addAll(crawl.get());
            }
            check(collected);
        } finally {
            widths.shutdownNow();
        }
    }

    /**
     * Per visitor, the HTTP status of every link checked and the links that answer with a file, shared by the two
     * widths' crawls: the answer does not depend on the width, and each link is then fetched once instead of twice.
     */
    private final Map<DemoUsers, Map<String, Integer>> linkStatuses = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<DemoUsers, Set<String>> fileLinks = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Finding> crawlAllVisitors(int width, List<RouteAccessTable.Route> routes) throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (DemoUsers visitor : VISITORS) {
            ChromeDriver driver = Chromium.start(width);
            try {
                findings.addAll(new Crawl(driver, visitor, width, routes).run());
            } finally {
                driver.quit();
            }
        }
        return findings;
    }

    private void check(List<Finding> findings) throws Exception {
        String report = report(findings);
        System.out.println(report);
        Files.writeString(REPORT, report);
        publishScreenshots();

        List<Finding> failed = findings.stream()
                .filter(finding -> !finding.problems().isEmpty())
                .toList();
        assertThat(failed)
                .as("pages that fail the accessibility gate (see " + REPORT + ")")
                .isEmpty();
        assertThat(findings.stream()
                        .filter(finding -> finding.visitor().equals("admin"))
                        .count())
                .as("pages the admin crawl reached")
                .isGreaterThanOrEqualTo(10);
    }

    /** One visitor's crawl at one width. */
    private final class Crawl {
        private final WebDriver driver;
        private final DemoUsers visitor;
        private final int width;
        private final List<RouteAccessTable.Route> routes;
        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final Map<String, Integer> statuses;
        private final Set<String> downloads;
        private final Map<String, Integer> variantsPerRoute = new HashMap<>();
        private final Set<String> auditedByCoordinator;
        private String sessionCookie = "";

        Crawl(WebDriver driver, DemoUsers visitor, int width, List<RouteAccessTable.Route> routes) {
            this.driver = driver;
            this.visitor = visitor;
            this.width = width;
            this.routes = routes;
            this.statuses = linkStatuses.computeIfAbsent(visitor, v -> new java.util.concurrent.ConcurrentHashMap<>());
            this.downloads =
                    fileLinks.computeIfAbsent(visitor, v -> java.util.concurrent.ConcurrentHashMap.newKeySet());
            // The admin's pages of a coordinator's routes are the same templates: the coordinator's crawl audits them.
            // So are the municipality admin's at phone width, read-only variants of the coordinator's pages (71 of
            // their 74 routes); at desktop width they are audited in full.
            boolean coordinatorsPages = visitor == DemoUsers.ADMIN
                    || (visitor == DemoUsers.MUNICIPALITY_ADMIN && width == Chromium.PHONE_WIDTH);
            this.auditedByCoordinator = coordinatorsPages ? coordinatorRoutes(routes) : Set.of();
        }

        List<Finding> run() throws Exception {
            if (visitor != DemoUsers.ANONYMOUS) {
                login();
            }
            Set<String> queued = new LinkedHashSet<>();
            Deque<String> queue = new ArrayDeque<>();
            Set<String> mainPages = new LinkedHashSet<>(List.of("/"));
            enqueue("/", queue, queued);
            for (RouteAccessTable.Route route : routes) {
                if (route.method() == HttpMethod.GET
                        && route.expected().get(visitor) == Access.ALLOWED
                        && !route.url().startsWith("/actuator")) {
                    enqueue(route.url(), queue, queued);
                }
            }
            List<Finding> findings = new ArrayList<>();
            while (!queue.isEmpty() && findings.size() < MAX_PAGES_PER_VISITOR) {
                String page = queue.removeFirst();
                List<String> problems = new ArrayList<>();
                int status = status(page);
                if (status >= 400) {
                    problems.add("HTTP " + status);
                }
                if (downloads.contains(page)) {
                    // A file (CSV, XLSX, PDF, iCalendar): its answer is checked, there is no page to audit.
                    findings.add(new Finding(name(), width, page, problems));
                    continue;
                }
                driver.get(url(page));
                // axe's rules read the page's elements, which the server sends the same at both widths: at phone
                // width they run on the start page and the menu's pages (where the collapsed menu shows), while every
                // page is still checked for sideways scrolling, console errors, links and structure.
                boolean axe = width != Chromium.PHONE_WIDTH || mainPages.contains(page);
                problems.addAll(PageAudit.audit(driver, width == Chromium.PHONE_WIDTH, axe));
                if (page.equals("/")) {
                    driver.findElements(By.cssSelector("header nav a[href]")).stream()
                            .map(link -> path(link.getAttribute("href")))
                            .filter(path -> path != null)
                            .forEach(mainPages::add);
                }
                for (String link : links("a[href]", "href")) {
                    if (link.contains("lang=")) {
                        continue; // the language switch is audited once below, not crawled
                    }
                    if (status(link) >= 400) {
                        problems.add("broken link to " + link + " (HTTP " + status(link) + ")");
                    }
                    enqueue(link, queue, queued);
                }
                for (String resource : resources()) {
                    if (status(resource) >= 400) {
                        problems.add("broken resource " + resource + " (HTTP " + status(resource) + ")");
                    }
                }
                if (mainPages.contains(page)) {
                    screenshot(page);
                }
                findings.add(new Finding(name(), width, page, problems));
            }
            if (!queue.isEmpty()) {
                findings.add(new Finding(
                        name(),
                        width,
                        queue.peekFirst(),
                        List.of("the crawl stopped at " + MAX_PAGES_PER_VISITOR + " pages with " + queue.size()
                                + " left: raise MAX_PAGES_PER_VISITOR")));
            }
            for (String language : List.of("nn", "en", "nb")) {
                driver.get(url("/?lang=" + language));
                findings.add(new Finding(
                        name(), width, "/?lang=" + language, PageAudit.audit(driver, width == Chromium.PHONE_WIDTH)));
            }
            return findings;
        }

        private void login() {
            driver.get(url("/login"));
            driver.findElement(By.id("email")).sendKeys(visitor.email());
            driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            // A busy machine can take a while over the bcrypt check of the first login; a slow login is not a finding.
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            Cookie session = driver.manage().getCookieNamed("JSESSIONID");
            sessionCookie = session == null ? "" : "JSESSIONID=" + session.getValue();
            driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
        }

        private void enqueue(String page, Deque<String> queue, Set<String> queued) {
            String route = route(page);
            if (queued.contains(page)
                    || variantsPerRoute.getOrDefault(route, 0) >= MAX_VARIANTS_PER_ROUTE
                    || (auditedByCoordinator.contains(route) && !page.equals("/"))) {
                return;
            }
            variantsPerRoute.merge(route, 1, Integer::sum);
            queued.add(page);
            queue.addLast(page);
        }

        /**
         * The resolved addresses (the elements' href or src property, as the browser follows them) of the elements, read
         * in one script call: a WebDriver round trip per element was a large share of a page visit.
         */
        private List<String> links(String selector, String attribute) {
            List<String> found = new ArrayList<>();
            Object addresses = ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript(
                            "return Array.from(document.querySelectorAll(arguments[0])).map(e => e[arguments[1]]);",
                            selector,
                            attribute);
            for (Object address : (List<?>) addresses) {
                String path = address instanceof String text ? path(text) : null;
                if (path != null) {
                    found.add(path);
                }
            }
            return found;
        }

        private List<String> resources() {
            List<String> found = new ArrayList<>(links("img[src]", "src"));
            found.addAll(links("script[src]", "src"));
            found.addAll(links("link[href]", "href"));
            return found;
        }

        /** The path and query of an address on this server; null for other sites and fragments. */
        private String path(String address) {
            if (address == null || address.isBlank()) {
                return null;
            }
            URI uri = URI.create(address);
            if (uri.getHost() != null && !(uri.getHost().equals("localhost") && uri.getPort() == port)) {
                return null;
            }
            if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
                return null;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        private int status(String page) {
            return statuses.computeIfAbsent(page, this::fetchStatus);
        }

        private int fetchStatus(String page) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(page)))
                        .header("Accept", "text/html,*/*")
                        .GET();
                if (!sessionCookie.isEmpty()) {
                    request.header("Cookie", sessionCookie);
                }
                HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200
                        && !response.headers()
                                .firstValue("Content-Type")
                                .orElse("")
                                .startsWith("text/html")) {
                    downloads.add(page);
                }
                return response.statusCode();
            } catch (IOException e) {
                return 599;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 599;
            }
        }

        private void screenshot(String page) throws IOException {
            Path file = SCREENSHOTS.resolve(name() + "-" + width + "-" + slug(page) + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }

        private String name() {
            return visitor.name().toLowerCase().replace('_', '-');
        }

        private String url(String page) {
            return "http://localhost:" + port + page;
        }
    }

    /** A page's route: its path with the ids as {id} and without the query. */
    static String route(String page) {
        return (page.contains("?") ? page.substring(0, page.indexOf('?')) : page).replaceAll("/[0-9]+", "/{id}");
    }

    /**
     * The routes the coordinator's crawl audits. The admin sees the same templates on them (with every right the
     * coordinator has), so the admin's crawl leaves them out and audits what only the admin reaches: auditing them
     * twice took two minutes of the suite and found nothing the coordinator's crawl did not.
     */
    static Set<String> coordinatorRoutes(List<RouteAccessTable.Route> routes) {
        Set<String> covered = new java.util.HashSet<>();
        for (RouteAccessTable.Route route : routes) {
            if (route.method() == HttpMethod.GET && route.expected().get(DemoUsers.COORDINATOR) == Access.ALLOWED) {
                covered.add(route(route.url()));
            }
        }
        return covered;
    }

    static String slug(String page) {
        String slug = page.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "home" : slug;
    }

    static String report(List<Finding> findings) {
        StringBuilder report = new StringBuilder("# Accessibility gate\n\n");
        long failing = findings.stream()
                .filter(finding -> !finding.problems().isEmpty())
                .count();
        report.append(findings.size())
                .append(" page visits, ")
                .append(failing)
                .append(" with problems. Checks: axe-core ")
                .append(String.join(", ", PageAudit.WCAG_TAGS))
                .append(
                        " (every page at desktop width, the main pages at phone width); HTTP status; console errors; links and resources; title, lang, one h1, one main;")
                .append(" no sideways scrolling at phone width.\n\n");
        report.append("| visitor | width | page | problems |\n|---|---|---|---|\n");
        for (Finding finding : findings) {
            report.append("| ")
                    .append(finding.visitor())
                    .append(" | ")
                    .append(finding.width())
                    .append(" | `")
                    .append(finding.page())
                    .append("` | ")
                    .append(
                            finding.problems().isEmpty()
                                    ? "0"
                                    : String.join("<br>", finding.problems()).replace("|", "\\|"))
                    .append(" |\n");
        }
        return report.toString();
    }

    private static void publishScreenshots() throws IOException {
        if (!Boolean.getBoolean("samla.screenshots.publish")) {
            return;
        }
        Files.createDirectories(PUBLISHED_SCREENSHOTS);
        for (Map.Entry<String, String> screenshot : PUBLISHED.entrySet()) {
            Path source = SCREENSHOTS.resolve(screenshot.getKey());
            if (Files.exists(source)) {
                Files.copy(
                        source,
                        PUBLISHED_SCREENSHOTS.resolve(screenshot.getValue()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
