import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load test of Samla on the generated data set ({@code samla.generator}), outside the build:
 *
 * <pre>java bench/LoadTest.java [--base http://localhost:8080] [--users 50] [--seconds 120] [--warmup 30]
 *     [--think-ms 1000] [--ratio-clients 4] [--ratio-seconds 20] [--seed 1] [--out bench/results/latest.md]</pre>
 *
 * <p>Signs in as many generated users (seven in ten leaders, two in ten coordinators, one in ten municipality admins)
 * and lets each run its everyday work with a pause between requests: leaders open their start page, a gathering page
 * with its agenda and write log entries; coordinators open their overview and tick attendance sheets; municipality
 * admins read their municipality's dashboard. After the warm-up it counts, per kind of request, requests per second,
 * the 50th, 95th and 99th percentile and errors (an unexpected status, a redirect to the login page, a failure).
 *
 * <p>Then it measures throughput without pauses: a few leaders ask only for their start page, then only for a trivial
 * signed-in page (the password form), and it reports the ratio of the two. It reads the heap through the actuator as
 * {@code admin@generert.example} every 30 seconds. It prints the results and writes them as Markdown.
 */
public class LoadTest {

    static final String PASSWORD = "samla-generert-2026";
    static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]*)\"|"
            + "<input[^>]*value=\"([^\"]*)\"[^>]*name=\"_csrf\"");
    static final Pattern GATHERING = Pattern.compile("href=\"/gatherings/(\\d+)\"");
    static final Pattern CHOOSE_PROGRAMME = Pattern.compile("href=\"/journal/new\\?programme=(\\d+)\"");
    static final Pattern PROGRAMME_ID = Pattern.compile("name=\"programmeId\"[^>]*value=\"(\\d+)\"|"
            + "value=\"(\\d+)\"[^>]*name=\"programmeId\"");
    static final Pattern COORDINATED = Pattern.compile("/dashboards/municipalities/\\d+\\?programme=(\\d+)");
    static final Pattern SHEET = Pattern.compile("href=\"(/programmes/\\d+/gatherings/\\d+/attendance)\"");
    static final Pattern TICK = Pattern.compile("action=\"(/programmes/\\d+/gatherings/\\d+/attendance/\\d+)\"");
    // The municipalities with most leaders in the generated set, whose admins read the largest dashboards.
    static final List<String> MUNICIPALITIES = List.of(
            "0301", "4601", "5001", "1103", "3201", "4204", "3301", "3203", "3205", "3107", "1108", "5501");

    record Options(
            String base,
            int users,
            int seconds,
            int warmup,
            int thinkMs,
            int ratioClients,
            int ratioSeconds,
            long seed,
            Path out) {

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
                }
                given.put(args[i].substring(2), args[i + 1]);
            }
            Options options = new Options(
                    given.getOrDefault("base", "http://localhost:8080").replaceAll("/+$", ""),
                    Integer.parseInt(given.getOrDefault("users", "50")),
                    Integer.parseInt(given.getOrDefault("seconds", "120")),
                    Integer.parseInt(given.getOrDefault("warmup", "30")),
                    Integer.parseInt(given.getOrDefault("think-ms", "1000")),
                    Integer.parseInt(given.getOrDefault("ratio-clients", "4")),
                    Integer.parseInt(given.getOrDefault("ratio-seconds", "20")),
                    Long.parseLong(given.getOrDefault("seed", "1")),
                    Path.of(given.getOrDefault("out", "bench/results/latest.md")));
            given.keySet().removeAll(List.of(
                    "base", "users", "seconds", "warmup", "think-ms", "ratio-clients", "ratio-seconds", "seed", "out"));
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("Unknown options: " + given.keySet());
            }
            return options;
        }
    }

    /** The timings of one kind of request, while counting is on. */
    static final class Tally {
        final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Integer> errors = new ConcurrentHashMap<>();

        void error(String why) {
            errors.merge(why, 1, Integer::sum);
        }

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();
    static final AtomicBoolean COUNTING = new AtomicBoolean();

    /** One signed-in user with their own cookies. */
    static final class Session {
        final String email;
        final String base;
        final HttpClient http;

        Session(String base, String email) {
            this.base = base;
            this.email = email;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        void signIn() throws IOException, InterruptedException {
            String token = csrf(get("/login").body())
                    .orElseThrow(() -> new IllegalStateException("No CSRF token on the login page"));
            HttpResponse<String> login = post("/login", Map.of("email", email, "password", PASSWORD, "_csrf", token), false);
            String location = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("Sign-in as " + email + " failed: " + login.statusCode() + " " + location);
            }
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept-Encoding", "identity")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form, boolean htmx)
                throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder();
            form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            if (htmx) {
                request.header("HX-Request", "true");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Requests a page and counts it under {@code kind}; the body if it came with the expected status. */
        Optional<String> timedGet(String kind, String path) {
            return timed(kind, 200, () -> get(path));
        }

        Optional<String> timed(String kind, int expected, Call call) {
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = call.send();
                double millis = (System.nanoTime() - started) / 1_000_000.0;
                String location = response.headers().firstValue("Location").orElse("");
                boolean ok = response.statusCode() == expected && !location.contains("/login");
                if (COUNTING.get()) {
                    Tally tally = TALLIES.computeIfAbsent(kind, k -> new Tally());
                    tally.millis.add(millis);
                    if (!ok) {
                        tally.error(response.statusCode() + (location.isEmpty() ? "" : " to " + location));
                    }
                }
                return ok ? Optional.of(response.body()) : Optional.empty();
            } catch (IOException e) {
                if (COUNTING.get()) {
                    TALLIES.computeIfAbsent(kind, k -> new Tally()).error(e.getClass().getSimpleName());
                }
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    static Optional<String> csrf(String html) {
        Matcher m = CSRF.matcher(html);
        return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    static Optional<String> first(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** What a simulated user does, one step at a time. */
    interface Worker {
        void step(SplittableRandom random) throws IOException, InterruptedException;
    }

    /** A leader: the start page most often, a gathering page with its agenda, and now and then a new log entry. */
    static final class Leader implements Worker {
        final Session session;
        String gathering;
        String programme;

        Leader(Session session) {
            this.session = session;
        }

        public void step(SplittableRandom random) throws IOException, InterruptedException {
            int roll = random.nextInt(100);
            if (roll < 55 || gathering == null && programme == null) {
                session.timedGet("leader start page", "/").ifPresent(page -> {
                    if (gathering == null) {
                        gathering = first(GATHERING, page).orElse(null);
                    }
                });
                if (programme == null) {
                    programme = findProgramme();
                }
            } else if (roll < 80 && gathering != null) {
                session.timedGet("gathering page", "/gatherings/" + gathering);
            } else if (programme != null) {
                Optional<String> form = session.timedGet("log entry form", "/journal/new?programme=" + programme);
                Optional<String> token = form.flatMap(LoadTest::csrf);
                if (token.isPresent()) {
                    Map<String, String> entry = new LinkedHashMap<>();
                    entry.put("_csrf", token.get());
                    entry.put("programmeId", programme);
                    entry.put("date", LocalDate.now().toString());
                    entry.put("did", "Hadde medarbeidersamtaler med tre i teamet, og prøvde ut spørsmålene fra samlingen.");
                    entry.put("learned", "Det hjelper å lytte ferdig før jeg foreslår noe.");
                    session.timed("write log entry", 302, () -> session.post("/journal/new", entry, false));
                }
            }
        }

        private String findProgramme() throws IOException, InterruptedException {
            HttpResponse<String> page = session.get("/journal/new");
            if (page.statusCode() != 200) {
                return null;
            }
            return first(PROGRAMME_ID, page.body())
                    .or(() -> first(CHOOSE_PROGRAMME, page.body()))
                    .orElse(null);
        }
    }

    /** A coordinator: their overview, and ticking attendance on a sheet of one of their gatherings. */
    static final class Coordinator implements Worker {
        final Session session;
        List<String> ticks = List.of();

        Coordinator(Session session) {
            this.session = session;
        }

        public void step(SplittableRandom random) throws IOException, InterruptedException {
            if (ticks.isEmpty() || random.nextInt(100) < 40) {
                session.timedGet("coordinator overview", "/dashboards/coordinator").ifPresent(page -> {
                    if (ticks.isEmpty()) {
                        ticks = findSheet(page);
                    }
                });
                return;
            }
            // The sheet is read untimed for a fresh CSRF token, as a browser has it from the page it shows.
            HttpResponse<String> sheet = session.get(ticks.get(0).replaceAll("/\\d+$", ""));
            Optional<String> token = sheet.statusCode() == 200 ? csrf(sheet.body()) : Optional.empty();
            if (token.isEmpty()) {
                return;
            }
            String tick = ticks.get(random.nextInt(ticks.size()));
            String status = random.nextInt(10) < 8 ? "PRESENT" : "ABSENT";
            session.timed(
                    "attendance tick",
                    200,
                    () -> session.post(tick, Map.of("_csrf", token.get(), "status", status), true));
        }

        private List<String> findSheet(String overview) {
            try {
                for (String programme : new java.util.LinkedHashSet<>(all(COORDINATED, overview))) {
                    HttpResponse<String> page = session.get("/programmes/" + programme);
                    for (String sheet : all(SHEET, page.body())) {
                        List<String> rows = all(TICK, session.get(sheet).body());
                        if (!rows.isEmpty()) {
                            return rows;
                        }
                    }
                }
            } catch (IOException e) {
                return List.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }
    }

    /** A municipality admin reading their municipality's dashboard. */
    static final class MunicipalityAdmin implements Worker {
        final Session session;
        String dashboard;

        MunicipalityAdmin(Session session) throws IOException, InterruptedException {
            this.session = session;
            this.dashboard = session.get("/dashboards").headers().firstValue("Location").orElse("/dashboards")
                    .replace(session.base, "");
        }

        public void step(SplittableRandom random) {
            session.timedGet("municipality dashboard", dashboard);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        SplittableRandom seeds = new SplittableRandom(options.seed());
        System.out.printf("Signing in %d users at %s ...%n", options.users(), options.base());
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < options.users(); i++) {
            int kind = i % 10;
            Session session;
            if (kind < 7) {
                session = new Session(options.base(), "leder-" + (1 + seeds.nextInt(20_000)) + "@generert.example");
                session.signIn();
                workers.add(new Leader(session));
            } else if (kind < 9) {
                session = new Session(options.base(), "koordinator-" + (1 + seeds.nextInt(200)) + "@generert.example");
                session.signIn();
                workers.add(new Coordinator(session));
            } else {
                String number = MUNICIPALITIES.get(seeds.nextInt(MUNICIPALITIES.size()));
                session = new Session(options.base(), "kommuneadmin-" + number + "@generert.example");
                session.signIn();
                workers.add(new MunicipalityAdmin(session));
            }
        }
        Session admin = new Session(options.base(), "admin@generert.example");
        admin.signIn();

        List<String> heap = new ArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(workers.size());
        for (Worker worker : workers) {
            SplittableRandom random = seeds.split();
            Thread thread = new Thread(() -> {
                try {
                    while (running.get()) {
                        try {
                            worker.step(random);
                        } catch (IOException e) {
                            // counted where it was timed
                        }
                        Thread.sleep(options.thinkMs() / 2 + random.nextInt(Math.max(1, options.thinkMs())));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        System.out.printf("Warming up for %d s, then counting for %d s ...%n", options.warmup(), options.seconds());
        Thread.sleep(options.warmup() * 1000L);
        heap.add(heapLine(admin, 0));
        COUNTING.set(true);
        long started = System.nanoTime();
        for (int elapsed = 30; elapsed <= options.seconds(); elapsed += 30) {
            Thread.sleep(30_000L);
            heap.add(heapLine(admin, elapsed));
        }
        long remaining = options.seconds() * 1000L - (System.nanoTime() - started) / 1_000_000;
        if (remaining > 0) {
            Thread.sleep(remaining);
        }
        COUNTING.set(false);
        double countedSeconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        done.await();
        Map<String, Tally> mixed = new LinkedHashMap<>(new java.util.TreeMap<>(TALLIES));
        TALLIES.clear();

        System.out.printf("Throughput without pauses, %d clients, %d s per page ...%n", options.ratioClients(), options.ratioSeconds());
        List<Session> leaders = new ArrayList<>();
        for (Worker worker : workers) {
            if (worker instanceof Leader leader && leaders.size() < options.ratioClients()) {
                leaders.add(leader.session);
            }
        }
        double startPage = throughput(leaders, "leader start page (no pauses)", "/", options.ratioSeconds());
        double trivial = throughput(leaders, "trivial signed-in page (no pauses)", "/account/password", options.ratioSeconds());
        Map<String, Tally> saturated = new LinkedHashMap<>(TALLIES);

        String report = report(options, mixed, countedSeconds, saturated, startPage, trivial, heap);
        System.out.println();
        System.out.println(report);
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), report);
        System.out.println("Written to " + options.out());
        boolean errors = mixed.values().stream().anyMatch(t -> t.errorCount() > 0)
                || saturated.values().stream().anyMatch(t -> t.errorCount() > 0);
        System.exit(errors ? 1 : 0);
    }

    /** Requests per second of one page, asked for by every client in turn with no pause. */
    static double throughput(List<Session> clients, String kind, String path, int seconds) throws InterruptedException {
        // Untimed first: the page's code and plans are warm before counting.
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (Session client : clients) {
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    client.timedGet(kind, path);
                }
            });
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(5_000L);
        COUNTING.set(true);
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        COUNTING.set(false);
        double elapsed = (System.nanoTime() - started) / 1e9;
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        return TALLIES.getOrDefault(kind, new Tally()).millis.size() / elapsed;
    }

    static String heapLine(Session admin, int second) {
        try {
            HttpResponse<String> metrics = admin.get("/actuator/prometheus");
            if (metrics.statusCode() != 200) {
                throw new IOException("status " + metrics.statusCode());
            }
            double used = heap(metrics.body(), "jvm_memory_used_bytes");
            double max = heap(metrics.body(), "jvm_memory_max_bytes");
            return String.format(Locale.ROOT, "| %d | %.0f | %.0f |", second, used / 1048576, max / 1048576);
        } catch (Exception e) {
            return "| " + second + " | not readable (" + e.getMessage() + ") | |";
        }
    }

    /** The sum over the heap's memory pools of a Prometheus gauge (pools without a limit report -1 and are left out). */
    static double heap(String metrics, String name) {
        Matcher line = Pattern.compile("^" + name + "\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.Ee+-]+)$", Pattern.MULTILINE)
                .matcher(metrics);
        double sum = 0;
        while (line.find()) {
            sum += Math.max(0, Double.parseDouble(line.group(1)));
        }
        return sum;
    }

    static String report(
            Options options,
            Map<String, Tally> mixed,
            double countedSeconds,
            Map<String, Tally> saturated,
            double startPage,
            double trivial,
            List<String> heap) {
        StringBuilder md = new StringBuilder();
        md.append("# Samla load test, ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append("\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d users (7 in 10 leaders, 2 coordinators, 1 municipality admin), %d to %d ms between a user's"
                        + " requests, %d s warm-up, %.0f s counted, against %s. Java %s on %d processors.%n%n",
                options.users(),
                options.thinkMs() / 2,
                options.thinkMs() / 2 + options.thinkMs(),
                options.warmup(),
                countedSeconds,
                options.base(),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        md.append("## Everyday mix\n\n");
        table(md, mixed, countedSeconds);
        md.append("\n## Throughput without pauses\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d leaders asked for one page after another for %d s each.%n%n",
                options.ratioClients(),
                options.ratioSeconds()));
        table(md, saturated, options.ratioSeconds());
        md.append(String.format(
                Locale.ROOT,
                "%nThe leader start page served %.1f requests/s, the trivial signed-in page %.1f: a ratio of %.2f.%n",
                startPage,
                trivial,
                trivial == 0 ? 0 : startPage / trivial));
        md.append("\n## Heap (MiB, read through the actuator during the mix)\n\n| second | used | max |\n|---|---|---|\n");
        heap.forEach(line -> md.append(line).append('\n'));
        return md.toString();
    }

    static void table(StringBuilder md, Map<String, Tally> tallies, double seconds) {
        md.append("| request | count | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        tallies.forEach((kind, tally) -> {
            double[] sorted;
            synchronized (tally.millis) {
                sorted = tally.millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            }
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %s |%n",
                    kind,
                    sorted.length,
                    sorted.length / seconds,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                    tally.errors.isEmpty() ? "0" : tally.errorCount() + " " + tally.errors));
        });
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
