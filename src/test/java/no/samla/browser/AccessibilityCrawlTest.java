package no.samla.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import no.samla.system.security.Access;
import no.samla.system.security.RouteAccessTable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The accessibility gate: for each role of the demo data, at desktop width, visits every page reachable by links
 * and every GET route of the access table the role may open, and fails on WCAG 2.1 AA violations found by axe,
 * server errors, console errors, broken links or resources, and pages without title, language, one h1 and one
 * main landmark. At phone width it visits each route template reached at desktop width once, for the first role
 * that reaches it, and each role's main pages, with the same checks plus sideways scrolling; axe runs there on
 * the main pages. Writes the table to target/accessibility-report.md and screenshots of the main pages to
 * target/screenshots/.
 */
@SamlaTest
class AccessibilityCrawlTest {

    /** The visitors, the longest crawl first, so that the two browsers finish about together. */
    static final List<DemoUsers> VISITORS = List.of(
            DemoUsers.COORDINATOR,
            DemoUsers.LEADER,
            DemoUsers.MUNICIPALITY_ADMIN,
            DemoUsers.ADMIN,
            DemoUsers.ANONYMOUS);
    /**
     * Browsers crawling side by side, each visitor's crawl at one width a job for the next free one: the pages only
     * read, and a second browser keeps the second core busy while the first runs axe.
     */
    static final int BROWSERS = 2;

    static final int MAX_PAGES_PER_VISITOR = 220;
    /**
     * Pages of one route (same path, ids and queries aside) that are enough to judge its template: one per width
     * and visitor. The five visitors see different data on the same route, so a second page of the same visitor
     * added minutes to the suite and found nothing new.
     */
    static final int MAX_VARIANTS_PER_ROUTE = 1;
    /** Link checks under way at once: a page's new links are fetched side by side instead of one after another. */
    static final int LINK_CHECKS_AT_ONCE = 4;

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

    /** The pages one visitor's desktop crawl opened in the browser, in order, and which of them are main pages. */
    record Visited(List<String> pages, Set<String> mainPages) {}

    /**
     * Per visitor, the HTTP status of every link checked and the links that answer with a file, shared by the two
     * widths' crawls: the answer does not depend on the width, and each link is then fetched once instead of twice.
     */
    private final Map<DemoUsers, Map<String, Integer>> linkStatuses = new ConcurrentHashMap<>();

    private final Map<DemoUsers, Set<String>> fileLinks = new ConcurrentHashMap<>();

    /** Per visitor, the session of the first sign-in, which the visitor's other crawl uses instead of a second one. */
    private final Map<DemoUsers, String> sessions = new ConcurrentHashMap<>();

    /** The route templates checked at phone width so far, by whichever visitor's crawl reached them first. */
    private final Set<String> phoneRoutes = ConcurrentHashMap.newKeySet();

    private final ExecutorService linkChecks = Executors.newFixedThreadPool(LINK_CHECKS_AT_ONCE);

    private final Map<Thread, ChromeDriver> browsers = new ConcurrentHashMap<>();

    @Test
    void everyPageForEveryRolePassesTheGateAtDesktopAndPhoneWidth() throws Exception {
        Chromium.requireBrowser();
        List<RouteAccessTable.Route> routes = RouteAccessTable.routes(RouteAccessTable.DemoIds.from(jdbc));
        Files.createDirectories(SCREENSHOTS);
        ExecutorService lanes = Executors.newFixedThreadPool(BROWSERS);
        try {
            Map<DemoUsers, CompletableFuture<List<Finding>>> desktop = new HashMap<>();
            Map<DemoUsers, CompletableFuture<List<Finding>>> phone = new HashMap<>();
            for (DemoUsers visitor : VISITORS) {
                CompletableFuture<Crawl> crawled =
                        CompletableFuture.supplyAsync(() -> crawlAtDesktopWidth(visitor, routes), lanes);
                desktop.put(visitor, crawled.thenApply(Crawl::findings));
                // The phone-width crawl of a visitor queues up once the desktop crawl has found the visitor's pages:
                // the server sends the same pages at both widths, so it need not search for them again.
                phone.put(
                        visitor,
                        crawled.thenCompose(found -> CompletableFuture.supplyAsync(
                                () -> crawlAtPhoneWidth(visitor, found.visited()), lanes)));
            }
            List<Finding> findings = new ArrayList<>();
            VISITORS.forEach(visitor -> findings.addAll(desktop.get(visitor).join()));
            VISITORS.forEach(visitor -> findings.addAll(phone.get(visitor).join()));
            check(findings);
        } finally {
            lanes.shutdownNow();
            lanes.awaitTermination(1, TimeUnit.MINUTES);
            linkChecks.shutdownNow();
            browsers.values().forEach(WebDriver::quit);
        }
    }

    /**
     * This thread's browser at the given width: each thread keeps one for all its crawls, as a browser start cost
     * seconds, and the visitors take turns in it.
     */
    private ChromeDriver browser(int width) {
        ChromeDriver driver = browsers.get(Thread.currentThread());
        if (driver == null) {
            driver = Chromium.start(width);
            browsers.put(Thread.currentThread(), driver);
        }
        driver.manage().window().setSize(new Dimension(width, 900));
        return driver;
    }

    private Crawl crawlAtDesktopWidth(DemoUsers visitor, List<RouteAccessTable.Route> routes) {
        Crawl crawl = new Crawl(browser(Chromium.DESKTOP_WIDTH), visitor, Chromium.DESKTOP_WIDTH);
        try {
            crawl.everyPage(routes);
            crawl.languages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return crawl;
    }

    /**
     * Each route template once at phone width, for the first visitor whose crawl reaches it there, and every
     * visitor's main pages (where each role's own menu collapses). What is checked there besides axe, the sideways
     * scrolling, depends on the template and the width, not on who looks: visiting the same template for all five
     * visitors added minutes and found nothing the first visit did not.
     */
    private List<Finding> crawlAtPhoneWidth(DemoUsers visitor, Visited desktop) {
        Crawl crawl = new Crawl(browser(Chromium.PHONE_WIDTH), visitor, Chromium.PHONE_WIDTH);
        try {
            crawl.signIn();
            for (String page : desktop.pages()) {
                boolean main = desktop.mainPages().contains(page);
                if (phoneRoutes.add(route(page)) || main) {
                    crawl.visit(page, main, main, link -> {});
                }
            }
            crawl.languages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return crawl.findings();
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

    /** One visitor's pages at one width, in the browser of the thread that runs it. */
    private final class Crawl {
        private final WebDriver driver;
        private final DemoUsers visitor;
        private final int width;
        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final Map<String, Integer> statuses;
        private final Set<String> downloads;
        private final Map<String, Integer> variantsPerRoute = new HashMap<>();
        private final List<String> pagesOpened = new ArrayList<>();
        private final Set<String> mainPages = new LinkedHashSet<>(List.of("/"));
        private final List<Finding> findings = new ArrayList<>();
        private Set<String> auditedByCoordinator = Set.of();
        private String sessionCookie = "";

        Crawl(WebDriver driver, DemoUsers visitor, int width) {
            this.driver = driver;
            this.visitor = visitor;
            this.width = width;
            this.statuses = linkStatuses.computeIfAbsent(visitor, v -> new ConcurrentHashMap<>());
            this.downloads = fileLinks.computeIfAbsent(visitor, v -> ConcurrentHashMap.newKeySet());
        }

        /** The desktop crawl: every page reachable from the start page and the access table's GET routes. */
        void everyPage(List<RouteAccessTable.Route> routes) throws IOException {
            // The admin's pages of a coordinator's routes are the same templates: the coordinator's crawl audits them.
            if (visitor == DemoUsers.ADMIN) {
                auditedByCoordinator = coordinatorRoutes(routes);
            }
            signIn();
            Set<String> queued = new LinkedHashSet<>();
            Deque<String> queue = new ArrayDeque<>();
            enqueue("/", queue, queued);
            for (RouteAccessTable.Route route : routes) {
                if (route.method() == HttpMethod.GET
                        && route.expected().get(visitor) == Access.ALLOWED
                        && !route.url().startsWith("/actuator")) {
                    enqueue(route.url(), queue, queued);
                }
            }
            while (!queue.isEmpty() && findings.size() < MAX_PAGES_PER_VISITOR) {
                String page = queue.removeFirst();
                visit(page, true, mainPages.contains(page), link -> enqueue(link, queue, queued));
                if (page.equals("/")) {
                    driver.findElements(By.cssSelector("header nav a[href]")).stream()
                            .map(link -> path(link.getAttribute("href")))
                            .filter(path -> path != null)
                            .forEach(mainPages::add);
                }
            }
            if (!queue.isEmpty()) {
                findings.add(new Finding(
                        name(),
                        width,
                        queue.peekFirst(),
                        List.of("the crawl stopped at " + MAX_PAGES_PER_VISITOR + " pages with " + queue.size()
                                + " left: raise MAX_PAGES_PER_VISITOR")));
            }
        }

        List<Finding> findings() {
            return findings;
        }

        /** The pages this crawl opened in the browser; files are not among them. */
        Visited visited() {
            return new Visited(List.copyOf(pagesOpened), Set.copyOf(mainPages));
        }

        /**
         * Checks one page: its status, then, unless it is a file, the page in the browser with its links and
         * resources, each link passed on to {@code linked}.
         */
        void visit(String page, boolean axe, boolean screenshot, Consumer<String> linked) throws IOException {
            List<String> problems = new ArrayList<>();
            int status = status(page);
            if (status >= 400) {
                problems.add("HTTP " + status);
            }
            if (downloads.contains(page)) {
                // A file (CSV, XLSX, PDF, iCalendar): its answer is checked, there is no page to audit.
                findings.add(new Finding(name(), width, page, problems));
                return;
            }
            driver.get(url(page));
            pagesOpened.add(page);
            problems.addAll(PageAudit.audit(driver, width == Chromium.PHONE_WIDTH, axe));
            List<List<String>> addresses = linksAndResources();
            List<String> links = addresses.get(0).stream()
                    .filter(link -> !link.contains("lang=")) // the language switch is audited once, not crawled
                    .toList();
            List<String> resources = addresses.get(1);
            checkStatuses(links, resources);
            for (String link : links) {
                if (status(link) >= 400) {
                    problems.add("broken link to " + link + " (HTTP " + status(link) + ")");
                }
                linked.accept(link);
            }
            for (String resource : resources) {
                if (status(resource) >= 400) {
                    problems.add("broken resource " + resource + " (HTTP " + status(resource) + ")");
                }
            }
            if (screenshot) {
                screenshot(page);
            }
            findings.add(new Finding(name(), width, page, problems));
        }

        /** The start page in each language, with axe: the crawl does not follow the language switch's links. */
        void languages() {
            for (String language : List.of("nn", "en", "nb")) {
                driver.get(url("/?lang=" + language));
                findings.add(new Finding(
                        name(), width, "/?lang=" + language, PageAudit.audit(driver, width == Chromium.PHONE_WIDTH)));
            }
        }

        /**
         * Leaves the previous visitor's session, language and stored drafts behind, as the visitors take turns in the
         * browser, and signs this visitor in: through the login form the first time, and with that session's cookie
         * at the other width.
         */
        void signIn() {
            if (!driver.getCurrentUrl().startsWith(url("/"))) {
                driver.get(url("/login")); // a fresh browser: cookies are set and cleared on the site's own pages
            }
            driver.manage().deleteAllCookies();
            ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
            String session = sessions.get(visitor);
            if (session != null) {
                driver.manage()
                        .addCookie(new Cookie.Builder("JSESSIONID", session)
                                .path("/")
                                .isHttpOnly(true)
                                .build());
            } else if (visitor != DemoUsers.ANONYMOUS) {
                driver.get(url("/login"));
                driver.findElement(By.id("email")).sendKeys(visitor.email());
                driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
                driver.findElement(By.cssSelector("main form button[type=submit]"))
                        .click();
                // A busy machine can take a while over the bcrypt check of the first login; a slow login is not a
                // finding.
                new WebDriverWait(driver, Duration.ofSeconds(60))
                        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
                session = driver.manage().getCookieNamed("JSESSIONID").getValue();
                sessions.put(visitor, session);
            }
            sessionCookie = session == null ? "" : "JSESSIONID=" + session;
            // What the previous visitor's pages and the login logged is not this visitor's pages' doing.
            driver.manage().logs().get(LogType.BROWSER);
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
         * The links of the page and the addresses of its images, scripts and stylesheets, resolved as the browser
         * follows them (the elements' href or src property), read in one script call: a WebDriver round trip per
         * element, and then per kind of element, was a large share of a page visit.
         */
        private List<List<String>> linksAndResources() {
            List<?> lists = (List<?>) ((JavascriptExecutor) driver).executeScript("""
                    const all = (selector, property) => Array.from(document.querySelectorAll(selector)).map(e => e[property]);
                    return [all('a[href]', 'href'),
                      [...all('img[src]', 'src'), ...all('script[src]', 'src'), ...all('link[href]', 'href')]];
                    """);
            List<List<String>> found = new ArrayList<>();
            for (Object list : lists) {
                List<String> paths = new ArrayList<>();
                for (Object address : (List<?>) list) {
                    String path = address instanceof String text ? path(text) : null;
                    if (path != null) {
                        paths.add(path);
                    }
                }
                found.add(paths);
            }
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

        /**
         * Fetches the statuses of the addresses not checked yet side by side: one after another, a page with a long
         * list of links waited for each of them in turn.
         */
        @SafeVarargs
        private void checkStatuses(List<String>... addresses) {
            List<CompletableFuture<Void>> checks = new ArrayList<>();
            for (String address : Stream.of(addresses)
                    .flatMap(List::stream)
                    .distinct()
                    .filter(address -> !statuses.containsKey(address))
                    .toList()) {
                checks.add(CompletableFuture.runAsync(() -> status(address), linkChecks));
            }
            CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new)).join();
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
                .append(
                        " no sideways scrolling at phone width, where each route template is visited once, for the first")
                .append(" visitor that reaches it, and each visitor's main pages.\n\n");
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
