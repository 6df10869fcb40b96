import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times Samla's pages for one signed-in user, outside the build:
 *
 * <pre>java bench/PageTimings.java &lt;base-url&gt; &lt;email&gt; &lt;password&gt; &lt;warmup&gt; &lt;requests&gt; &lt;path&gt; [&lt;path&gt;...]</pre>
 *
 * Signs in through the login form (the CSRF token read from the login page, the session kept in a cookie), requests
 * every path {@code warmup} times untimed, then {@code requests} times one after the other, and prints per path the
 * status codes seen and the 50th, 95th and 99th percentile and the slowest time in milliseconds.
 */
public class PageTimings {

    private static final Pattern INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println(
                    "usage: java bench/PageTimings.java <base-url> <email> <password> <warmup> <requests> <path> [<path>...]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        String email = args[1];
        String password = args[2];
        int warmup = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        List<String> paths = Arrays.asList(args).subList(5, args.length);

        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        signIn(client, base, email, password);

        System.out.printf("%-50s %-14s %8s %8s %8s %8s%n", "path", "statuses", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (String path : paths) {
            URI uri = URI.create(base + (path.startsWith("/") ? path : "/" + path));
            for (int i = 0; i < warmup; i++) {
                client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding());
            }
            double[] millis = new double[requests];
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (int i = 0; i < requests; i++) {
                long started = System.nanoTime();
                HttpResponse<byte[]> response =
                        client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                millis[i] = (System.nanoTime() - started) / 1_000_000.0;
                statuses.merge(response.statusCode(), 1, Integer::sum);
            }
            Arrays.sort(millis);
            List<String> seen = new ArrayList<>();
            statuses.forEach((code, count) -> seen.add(code + "x" + count));
            System.out.printf(
                    "%-50s %-14s %8.1f %8.1f %8.1f %8.1f%n",
                    path,
                    String.join(",", seen),
                    percentile(millis, 50),
                    percentile(millis, 95),
                    percentile(millis, 99),
                    millis.length == 0 ? 0 : millis[millis.length - 1]);
        }
    }

    private static void signIn(HttpClient client, String base, String email, String password) throws Exception {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher input = INPUT.matcher(page.body());
        if (page.statusCode() != 200 || !input.find()) {
            throw new IllegalStateException("No login form with a CSRF token at " + base + "/login (status "
                    + page.statusCode() + ")");
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new IllegalStateException("The CSRF field of the login form has no value");
        }
        String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(value.group(1));
        HttpResponse<Void> login = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "Sign-in as " + email + " failed (status " + login.statusCode() + ", to " + location + ")");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
