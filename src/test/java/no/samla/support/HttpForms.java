package no.samla.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Requests as a browser sends them, for tests that talk to a running instance over HTTP. */
public final class HttpForms {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The account a first start on an empty database makes. */
    public static final String FIRST_ADMIN = "admin@samla.local";

    private HttpForms() {}

    /** A client as a browser is one: it keeps cookies in the store given and does not follow redirects. */
    public static HttpClient client(CookieManager cookies) {
        return HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A client as a browser is one, with a cookie store of its own. */
    public static HttpClient client() {
        return client(new CookieManager());
    }

    /**
     * Signs in as the first admin of a Samla started on an empty database: its one-time password is replaced by one
     * the test knows. Gives the instance's address.
     */
    public static String signInAsFirstAdmin(ConfigurableApplicationContext app, HttpClient client, String password)
            throws Exception {
        app.getBean(JdbcTemplate.class)
                .update(
                        "update account set password_hash = ?, must_change_password = false where email = ?",
                        app.getBean(PasswordEncoder.class).encode(password),
                        FIRST_ADMIN);
        String base = "http://localhost:"
                + ((WebServerApplicationContext) app).getWebServer().getPort();
        signIn(client, base, FIRST_ADMIN, password);
        return base;
    }

    public static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
    }

    /** A form post, URL-encoded. */
    public static HttpRequest post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Signs in through the login form; the client keeps the session cookie. */
    public static void signIn(HttpClient client, String base, String email, String password) throws Exception {
        String loginPage = client.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> login = client.send(
                post(base + "/login", Map.of("email", email, "password", password, "_csrf", csrf(loginPage))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("signed in as " + email).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/"));
    }

    /** The CSRF token of the first form on a page. */
    public static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
        return matcher.group(1);
    }
}
