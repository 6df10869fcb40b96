package no.samla.gathering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samla.demo.DemoProgrammes;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Uploads through the real Tomcat, as a browser sends them: a file of several megabytes (more than the import
 * allows) is taken, one over 20 MB gets the message next to the file field, and one over even the server's upload
 * limit too, never an error page.
 */
@SamlaTest
class MaterialUploadLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    HttpClient browser;
    String page;
    long gathering;

    @BeforeEach
    void logInAsCoordinator() throws Exception {
        long programme = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        gathering = jdbc.queryForObject(
                "select id from gathering where programme_id = ? and number = 3", Long.class, programme);
        page = "/programmes/" + programme + "/gatherings/" + gathering + "/material";
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
    }

    @Test
    void aFileOfSeveralMegabytesIsTaken() throws Exception {
        byte[] pdf = pdf(8 * 1024 * 1024);
        String title = "Stor presentasjon " + System.nanoTime();

        HttpResponse<String> response = upload("presentasjon.pdf", pdf, title);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select octet_length(f.content) from gathering_material m join gathering_material_file f"
                                + " on f.material_id = m.id where m.title = ?",
                        Long.class,
                        title))
                .isEqualTo(pdf.length);
    }

    @Test
    void aFileOverTwentyMegabytesGetsAMessageNextToTheFileField() throws Exception {
        long before = count();

        HttpResponse<String> response = upload("stor.pdf", pdf(20 * 1024 * 1024 + 512 * 1024), "For stor");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body())
                .contains("Fila er større enn 20 MB.")
                .contains("id=\"file-error\"")
                .contains("aria-describedby=\"file-hint file-error\"")
                .contains("value=\"For stor\"");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFileOverTheServersUploadLimitGetsTheSameMessage() throws Exception {
        long before = count();

        HttpResponse<String> response = upload("enda-storre.pdf", pdf(21 * 1024 * 1024 + 512 * 1024), "Enda større");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Fila er større enn 20 MB.").contains("id=\"file-error\"");
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.queryForObject(
                "select count(*) from gathering_material where gathering_id = ?", Long.class, gathering);
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'a');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        return content;
    }

    /** Posts to the upload form's own address, with its token, the title and kind first as a browser sends them. */
    private HttpResponse<String> upload(String fileName, byte[] content, String title) throws Exception {
        String form = get(page).body();
        String action = find(form, "<form method=\"post\" enctype=\"multipart/form-data\"[^>]*action=\"([^\"]+)\"")
                .replace("&amp;", "&");
        String boundary = "----samla" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fileKind\"\r\n\r\nBEFORE\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"fileTitle\"\r\n\r\n" + title
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
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
