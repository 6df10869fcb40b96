package no.samla.programme.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samla.demo.DemoAccounts;
import no.samla.programme.ProgrammeData;
import no.samla.programme.Programmes;
import no.samla.programme.Rates;
import no.samla.programme.StructurePlan;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The upload through the real Tomcat, as a browser sends it: the form works with its CSRF token, and a
 * file over 5 MB gets the message next to the file field instead of an error page.
 */
@SamlaTest
class ImportUploadLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    Programmes programmes;

    @Autowired
    JdbcTemplate jdbc;

    HttpClient browser;
    long programmeId;

    @BeforeEach
    void logInAsCoordinator() throws Exception {
        long provider = jdbc.queryForObject(
                "select id from provider_organisation where name = 'Fjord Lederutvikling AS'", Long.class);
        long coordinator = jdbc.queryForObject(
                "select id from person where email = ?", Long.class, DemoAccounts.COORDINATOR_FJORD);
        programmeId = programmes
                .create(new ProgrammeData(
                        "Opplastingsprogram " + System.nanoTime(),
                        null,
                        provider,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 6, 30),
                        List.of(),
                        Set.of(coordinator),
                        StructurePlan.none(),
                        Rates.defaults()))
                .getId();
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = find(get("/login").body(), "name=\"_csrf\" value=\"([^\"]+)\"");
        String form = "email=" + URLEncoder.encode(DemoUsers.COORDINATOR.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + csrf;
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    @Test
    void aSmallFileIsPreviewed() throws Exception {
        byte[] csv = ("navn;e-post;kommunenummer\nOla Opplaster;ola." + System.nanoTime() + "@drammen.example;3301\n")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = upload("deltakere.csv", csv);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Ingen problemer").contains("name=\"previewId\"");
    }

    @Test
    void aFileOverFiveMegabytesGetsAMessageNextToTheFileField() throws Exception {
        byte[] large = new byte[5 * 1024 * 1024 + 512 * 1024];
        Arrays.fill(large, (byte) 'a');

        HttpResponse<String> response = upload("deltakere.csv", large);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body())
                .contains("Fila er større enn 5 MB.")
                .contains("id=\"file-error\"")
                .contains("aria-describedby=\"file-hint file-error\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from participation where programme_id = ?", Long.class, programmeId))
                .isZero();
    }

    /** Posts the file to the upload form's own address, with its token, the way the browser would. */
    private HttpResponse<String> upload(String fileName, byte[] content) throws Exception {
        String page = get("/programmes/" + programmeId + "/import").body();
        String action = find(page, "<form method=\"post\" enctype=\"multipart/form-data\"[^>]*action=\"([^\"]+)\"")
                .replace("&amp;", "&");
        String csrf = find(page, "name=\"_csrf\" value=\"([^\"]+)\"");
        String boundary = "----samla" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                        + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return browser.send(
                HttpRequest.newBuilder(url(action))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response =
                browser.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String find(String page, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(page);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
