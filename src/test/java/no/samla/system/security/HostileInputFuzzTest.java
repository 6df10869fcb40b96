package no.samla.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samla.people.Invitations;
import no.samla.people.PasswordResets;
import no.samla.support.DemoUsers;
import no.samla.support.HttpForms;
import no.samla.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Fuzzing over HTTP, seeded and repeatable ({@code -Dsamla.fuzz.seed=N}; the seed in use is printed). For every
 * visitor of the access table, every route of the table is requested with random, oversized, wrongly typed and
 * hostile values: each POST route with the fields its controller binds and those its page's form shows, each GET
 * route with every query parameter its controller reads and with hostile ids in its path. No answer may be a
 * server error, and no page, during the run or in a crawl afterwards, may hold the injected markup unescaped.
 *
 * <p>It runs on a database of its own with the demo data, because the fuzzed forms do save: the admin's forms
 * about people and accounts are aimed at a demo person the visitors do not sign in as, so that every visitor
 * can still sign in afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = HostileInputFuzzTest.OwnDatabase.class)
class HostileInputFuzzTest {

    static final long SEED = Long.getLong("samla.fuzz.seed", 20_261_204L);

    /** Submissions per route a visitor may use; a visitor turned away gets one. */
    static final int SUBMISSIONS_ALLOWED = 3;

    /** Pages the crawl afterwards reads per visitor: the routes' own pages first, then what they link to. */
    static final int MAX_SCAN_PAGES_PER_VISITOR = 60;

    static final List<String> HOSTILE_IDS =
            List.of("abc", "-1", "0", "99999999999999999999", "1.5", "1e3", "%27", "%3Cscript%3E", "%00", "%C3%28");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    Invitations invitations;

    @Autowired
    PasswordResets passwordResets;

    /** The demo person the admin's forms about people and accounts are aimed at, and whose links are fuzzed. */
    private Map<String, Object> target;

    private final List<String> findings = new ArrayList<>();
    private final Map<DemoUsers, Visitor> visitors = new LinkedHashMap<>();
    private int requests;

    /** A database of its own, with the demo data. */
    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> properties = new HashMap<>(
                    TestDatabase.server().createDatabase("samla_fuzz").datasourceProperties());
            properties.put("samla.demo", "true");
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("samlaFuzzDatabase", properties));
        }
    }

    @Test
    void noHostileInputGivesAServerErrorOrComesBackUnescaped() throws Exception {
        System.out.println("Fuzzing with seed " + SEED + " (repeat with -Dsamla.fuzz.seed=" + SEED + ")");
        HostileValues values = new HostileValues(SEED, LocalDate.now(ZoneId.of("Europe/Oslo")));
        List<RouteAccessTable.Route> routes =
                aimedAwayFromVisitors(RouteAccessTable.routes(RouteAccessTable.DemoIds.from(jdbc)));
        Map<String, HandlerMethod> handlers = handlers();
        Set<String> postedRoutes = new TreeSet<>();

        fuzzLogin(values);
        long started = System.nanoTime();
        for (DemoUsers user : DemoUsers.values()) {
            int before = requests;
            long visitorStarted = System.nanoTime();
            Visitor visitor = visitor(user);
            // The pages first: their forms give field names and values the signatures do not tell.
            for (RouteAccessTable.Route route : routes) {
                if (route.method() == HttpMethod.GET) {
                    fuzzGet(visitor, route, handlers.get(route.key()), values);
                }
            }
            for (RouteAccessTable.Route route : routes) {
                if (route.method() == HttpMethod.POST) {
                    if (fuzzPost(visitor, route, handlers.get(route.key()), values)) {
                        postedRoutes.add(route.key());
                    }
                }
            }
            System.out.printf(
                    "Fuzzing as %s: %d requests in %d ms%n",
                    user, requests - before, (System.nanoTime() - visitorStarted) / 1_000_000);
        }
        int beforeScan = requests;
        long scanStarted = System.nanoTime();
        for (DemoUsers user : DemoUsers.values()) {
            scanForUnescapedMarkup(visitor(user), routes);
        }
        System.out.printf(
                "Fuzzing: the crawl afterwards read %d pages in %d ms%n",
                requests - beforeScan, (System.nanoTime() - scanStarted) / 1_000_000);

        System.out.printf(
                "Fuzzing sent %d requests in %d s; %d findings%n",
                requests, (System.nanoTime() - started) / 1_000_000_000, findings.size());
        assertThat(findings)
                .as("server errors and unescaped markup under fuzzing with seed " + SEED)
                .isEmpty();
        Set<String> allPost = new TreeSet<>();
        routes.stream().filter(route -> route.method() == HttpMethod.POST).forEach(route -> allPost.add(route.key()));
        allPost.removeAll(postedRoutes);
        assertThat(allPost)
                .as("POST routes no visitor could submit with values")
                .isEmpty();
    }

    // ---- GET: every query parameter, hostile path ids ----

    private void fuzzGet(Visitor visitor, RouteAccessTable.Route route, HandlerMethod handler, HostileValues values)
            throws Exception {
        // Who may not open a route is turned away before anything is read; RouteAccessTest shows that for each.
        if (route.expected().get(visitor.user) != Access.ALLOWED) {
            return;
        }
        Response page = visitor.get(route.url());
        check(visitor, "GET " + route.url(), page);
        if (page.isHtml()) {
            visitor.learnForms(page.body);
        }
        String path = route.url().replaceFirst("\\?.*", "");
        if (route.pattern().contains("{")) {
            String hostileId = HOSTILE_IDS.get(values.random().nextInt(HOSTILE_IDS.size()));
            String tampered = path.replaceFirst("/[0-9]+(?=/|$)", "/" + hostileId);
            check(visitor, "GET " + tampered, visitor.get(tampered));
        }
        if (handler == null) {
            return;
        }
        for (HandlerFields.Field field : HandlerFields.of(handler).fields()) {
            String url = path + "?" + encode(field.name()) + "=" + encode(values.hostile());
            check(visitor, "GET " + url, visitor.get(url));
        }
    }

    // ---- POST: the fields a controller binds and the fields its form shows ----

    /** Posts the route's fields with fuzzed values; says whether the visitor may use the route. */
    private boolean fuzzPost(Visitor visitor, RouteAccessTable.Route route, HandlerMethod handler, HostileValues values)
            throws Exception {
        // The table tries the link routes with an unknown token; with a real one, anyone may use them.
        boolean link = LINK_ROUTES.contains(route.pattern());
        boolean allowed =
                link ? visitor.user == DemoUsers.ANONYMOUS : route.expected().get(visitor.user) == Access.ALLOWED;
        Map<String, Class<?>> types = new LinkedHashMap<>();
        Set<String> repeated = new LinkedHashSet<>();
        boolean multipart = false;
        if (handler != null) {
            HandlerFields fields = HandlerFields.of(handler);
            multipart = fields.multipart();
            for (HandlerFields.Field field : fields.fields()) {
                types.put(field.name(), field.type());
                if (field.repeated()) {
                    repeated.add(field.name());
                }
            }
        }
        String path = route.url().replaceFirst("\\?.*", "");
        Map<String, List<String>> shown = visitor.formsByAction.getOrDefault(path, Map.of());
        for (String name : shown.keySet()) {
            types.putIfAbsent(name, String.class);
        }
        types.remove("_csrf");

        int submissions = allowed ? SUBMISSIONS_ALLOWED : 1;
        for (int i = 0; i < submissions; i++) {
            List<Map.Entry<String, String>> form = new ArrayList<>();
            for (Map.Entry<String, Class<?>> field : types.entrySet()) {
                String name = field.getKey();
                List<String> seen = shown.getOrDefault(name, List.of());
                if (field.getValue() == MultipartFile.class) {
                    continue;
                }
                int copies = repeated.contains(name) ? 1 + values.random().nextInt(3) : 1;
                for (int copy = 0; copy < copies; copy++) {
                    // The first submission is plausible throughout, to reach what lies behind validation;
                    // the last one is hostile throughout; the others mix, and sometimes leave a field out.
                    String value;
                    if (i == 0) {
                        value = values.plausible(field.getValue(), name, seen);
                    } else if (i == submissions - 1 && allowed) {
                        value = values.hostile();
                    } else if (values.random().nextInt(10) == 0) {
                        continue;
                    } else {
                        value = values.mixed(field.getValue(), name, seen);
                    }
                    form.add(Map.entry(name, value));
                }
            }
            boolean asMultipart = multipart && !(i == submissions - 1 && allowed);
            String url = link && allowed ? freshLink(route.pattern()) : route.url();
            Response response = asMultipart ? visitor.postMultipart(url, form, types, values) : visitor.post(url, form);
            check(visitor, "POST " + url + " " + abbreviated(form), response);
        }
        return allowed;
    }

    /** The sign-in form, a few times only: failed sign-ins are counted per address, and the visitors sign in too. */
    private void fuzzLogin(HostileValues values) throws Exception {
        Visitor anonymous = visitor(DemoUsers.ANONYMOUS);
        for (int i = 0; i < 6; i++) {
            List<Map.Entry<String, String>> form =
                    List.of(Map.entry("email", values.hostile()), Map.entry("password", values.hostile()));
            check(anonymous, "POST /login " + abbreviated(form), anonymous.post("/login", form));
        }
    }

    // ---- the crawl afterwards: what was saved must come back escaped ----

    private void scanForUnescapedMarkup(Visitor visitor, List<RouteAccessTable.Route> routes) throws Exception {
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> perTemplate = new HashMap<>();
        for (RouteAccessTable.Route route : routes) {
            if (route.method() == HttpMethod.GET && route.expected().get(visitor.user) == Access.ALLOWED) {
                queue.add(route.url());
            }
        }
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_SCAN_PAGES_PER_VISITOR) {
            String url = queue.poll();
            String template = url.replaceAll("[0-9]+", "#").replaceFirst("\\?.*", "");
            if (!seen.add(url) || perTemplate.merge(template, 1, Integer::sum) > 3) {
                continue;
            }
            visited++;
            Response page = visitor.get(url);
            check(visitor, "GET " + url + " (crawl)", page);
            if (page.isHtml()) {
                for (Element link : Jsoup.parse(page.body, "http://localhost/").select("a[href]")) {
                    String href = link.attr("href");
                    if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/logout")) {
                        queue.add(href.replaceFirst("#.*", ""));
                    }
                }
            }
        }
    }

    private void check(Visitor visitor, String request, Response response) {
        requests++;
        if (response.status >= 500) {
            findings.add(response.status + " for " + request + " as " + visitor.user);
        }
        if (response.isHtml()) {
            for (String marker : HostileValues.UNESCAPED_MARKERS) {
                if (response.body.contains(marker)) {
                    findings.add("unescaped " + marker + " in the answer to " + request + " as " + visitor.user);
                }
            }
        }
    }

    // ---- the routes ----

    static final Set<String> LINK_ROUTES = Set.of("/invitation/{token}", "/password-reset/{token}");

    /** A link that works, for the target person: each submission gets its own, since a good one uses it up. */
    private String freshLink(String pattern) {
        long account = ((Number) target.get("account")).longValue();
        if (pattern.startsWith("/invitation/")) {
            return "/invitation/" + invitations.create(account);
        }
        String email = (String) target.get("email");
        passwordResets.request(email, Locale.forLanguageTag("nb"));
        String mail = jdbc.queryForObject(
                "select body_text from notification where recipient_email = ? and kind = 'PASSWORD_RESET'"
                        + " order by id desc limit 1",
                String.class,
                email);
        Matcher token = RESET_LINK.matcher(mail);
        assertThat(token.find()).as("a reset link in the mail").isTrue();
        return "/password-reset/" + token.group(1);
    }

    private static final Pattern RESET_LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]{43})");

    private Map<String, HandlerMethod> handlers() {
        Map<String, HandlerMethod> handlers = new HashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                handlerMapping.getHandlerMethods().entrySet()) {
            Set<org.springframework.web.bind.annotation.RequestMethod> methods =
                    entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                if (methods.isEmpty()) {
                    handlers.put("GET " + pattern, entry.getValue());
                    handlers.put("POST " + pattern, entry.getValue());
                }
                for (var method : methods) {
                    handlers.put(method.name() + " " + pattern, entry.getValue());
                }
            }
        }
        return handlers;
    }

    /**
     * The admin's forms about people and accounts, aimed at a demo person no visitor signs in as: fuzzed, they
     * change e-mails, roles and passwords, and the visitors must still be able to sign in.
     */
    private List<RouteAccessTable.Route> aimedAwayFromVisitors(List<RouteAccessTable.Route> routes) {
        Set<String> visitorEmails = new TreeSet<>();
        for (DemoUsers user : DemoUsers.values()) {
            if (user.email() != null) {
                visitorEmails.add(user.email());
            }
        }
        target = jdbc.queryForMap(
                "select p.id as person, a.id as account, a.email from person p join account a on a.person_id = p.id"
                        + " where p.email <> all (?) order by p.id limit 1",
                (Object) visitorEmails.toArray(String[]::new));
        Map<String, Object> leader = jdbc.queryForMap(
                "select p.id as person, a.id as account from person p join account a on a.person_id = p.id"
                        + " where p.email = ?",
                DemoUsers.LEADER.email());
        List<RouteAccessTable.Route> aimed = new ArrayList<>();
        for (RouteAccessTable.Route route : routes) {
            String url = route.url()
                    .replaceFirst(
                            "^/admin/people/" + leader.get("person") + "(?=/|$)",
                            "/admin/people/" + target.get("person"))
                    .replaceFirst(
                            "^/admin/accounts/" + leader.get("account") + "(?=/|$)",
                            "/admin/accounts/" + target.get("account"));
            aimed.add(new RouteAccessTable.Route(route.method(), route.pattern(), url, route.expected()));
        }
        return aimed;
    }

    private Visitor visitor(DemoUsers user) throws Exception {
        Visitor visitor = visitors.get(user);
        if (visitor == null) {
            visitor = new Visitor(user);
            visitor.signIn();
            visitors.put(user, visitor);
        }
        return visitor;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviated(List<Map.Entry<String, String>> form) {
        StringBuilder text = new StringBuilder("{");
        for (Map.Entry<String, String> field : form) {
            String value = field.getValue();
            text.append(field.getKey())
                    .append('=')
                    .append(value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value)
                    .append(' ');
        }
        return text.append('}').toString().replace("\u0000", "\\0");
    }

    // ---- a visitor over HTTP ----

    record Response(int status, String contentType, String body) {
        boolean isHtml() {
            return contentType.startsWith("text/html");
        }
    }

    private final class Visitor {
        final DemoUsers user;
        final HttpClient client;
        /** The fields and values of the forms seen on this visitor's pages, by the form's action path. */
        final Map<String, Map<String, List<String>>> formsByAction = new HashMap<>();

        String csrf;
        int signIns;

        Visitor(DemoUsers user) {
            this.user = user;
            this.client = HttpForms.client();
        }

        void signIn() throws Exception {
            signIns++;
            assertThat(signIns).as(user + " signed out too often").isLessThan(6);
            if (user.email() == null) {
                csrf = HttpForms.csrf(send(HttpForms.get(base() + "/login")).body);
                return;
            }
            HttpForms.signIn(client, base(), user.email(), DemoUsers.PASSWORD);
            csrf = HttpForms.csrf(send(HttpForms.get(base() + "/account/password")).body);
        }

        Response get(String url) throws Exception {
            Response response = send(HttpForms.get(base() + url));
            if (signedOut(response)) {
                signIn();
                response = send(HttpForms.get(base() + url));
            }
            return response;
        }

        Response post(String url, List<Map.Entry<String, String>> form) throws Exception {
            Response response = send(urlEncoded(url, form));
            if (signedOut(response)) {
                signIn();
                response = send(urlEncoded(url, form));
            }
            return response;
        }

        Response postMultipart(
                String url, List<Map.Entry<String, String>> form, Map<String, Class<?>> types, HostileValues values)
                throws Exception {
            String boundary = "samlaFuzz" + values.random().nextInt(1_000_000);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, String> field : withCsrf(form)) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                                + "\"\r\n\r\n" + field.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, Class<?>> field : types.entrySet()) {
                if (field.getValue() == MultipartFile.class) {
                    byte[] content = values.hostile().getBytes(StandardCharsets.UTF_8);
                    String[] kinds = {"text/csv", "application/pdf", "application/octet-stream", "text/html"};
                    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                                    + "\"; filename=\"" + values.hostile().replaceAll("[\"\\r\\n]", "_") + "\"\r\n"
                                    + "Content-Type: " + kinds[values.random().nextInt(kinds.length)] + "\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
                    body.writeBytes(content);
                    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
                }
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base() + url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build();
            return send(request);
        }

        /** Remembers the fields of the page's POST forms, so that the route behind each can be posted like it. */
        void learnForms(String html) {
            Document page = Jsoup.parse(html, "http://localhost/");
            for (Element form : page.select("form[method=post]")) {
                String action = form.attr("action").replaceFirst("\\?.*", "");
                Map<String, List<String>> fields = formsByAction.computeIfAbsent(action, a -> new LinkedHashMap<>());
                for (Element input : form.select("input[name], textarea[name], select[name], button[name]")) {
                    List<String> seen = fields.computeIfAbsent(input.attr("name"), n -> new ArrayList<>());
                    if (input.tagName().equals("select")) {
                        input.select("option[value]").forEach(option -> seen.add(option.attr("value")));
                    } else if (input.hasAttr("value")) {
                        seen.add(input.attr("value"));
                    } else if (input.tagName().equals("textarea")) {
                        seen.add(input.text());
                    }
                }
            }
        }

        private HttpRequest urlEncoded(String url, List<Map.Entry<String, String>> form) {
            StringBuilder body = new StringBuilder();
            for (Map.Entry<String, String> field : withCsrf(form)) {
                if (!body.isEmpty()) {
                    body.append('&');
                }
                body.append(encode(field.getKey())).append('=').append(encode(field.getValue()));
            }
            return HttpRequest.newBuilder(URI.create(base() + url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build();
        }

        private List<Map.Entry<String, String>> withCsrf(List<Map.Entry<String, String>> form) {
            List<Map.Entry<String, String>> all = new ArrayList<>(form);
            all.add(Map.entry("_csrf", csrf));
            return all;
        }

        private boolean signedOut(Response response) {
            return user != DemoUsers.ANONYMOUS && response.status == 302 && response.contentType.equals("login");
        }

        private Response send(HttpRequest request) throws Exception {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse("");
            String contentType =
                    response.statusCode() == 302 && LOGIN.matcher(location).find()
                            ? "login"
                            : response.headers().firstValue("Content-Type").orElse("");
            return new Response(response.statusCode(), contentType, response.body());
        }

        private String base() {
            return "http://localhost:" + port;
        }
    }

    private static final Pattern LOGIN = Pattern.compile("/login(\\?.*)?$");
}
