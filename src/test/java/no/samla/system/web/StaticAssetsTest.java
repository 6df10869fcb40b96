package no.samla.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Static files over real HTTP: pages link them by a name that holds a hash of their content, they are cached for a
 * year, and text is sent compressed to a browser that accepts it.
 */
@SamlaTest
class StaticAssetsTest {

    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesLinkFingerprintedAssetsThatAreCachedForAYear() throws Exception {
        String page = text(get("/login", false));
        List<String> assets =
                LINKED.matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(assets)
                .anyMatch(path -> path.matches("/assets/css/samla-[0-9a-f]{32}\\.css"))
                .anyMatch(path -> path.matches("/assets/js/samla-[0-9a-f]{32}\\.js"))
                .anyMatch(path -> path.matches("/webjars/bootstrap/[^/]+/css/bootstrap\\.min-[0-9a-f]{32}\\.css"))
                .allMatch(path -> path.matches(".*-[0-9a-f]{32}\\.(css|js|svg)"));
        for (String asset : assets) {
            HttpResponse<byte[]> response = get(asset, false);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(asset)
                    .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000"));
        }
    }

    @Test
    void aChangedFileGetsANewNameSoAStaleNameIsNotServed() throws Exception {
        String page = text(get("/login", false));
        Matcher css = Pattern.compile("/assets/css/samla-([0-9a-f]{32})\\.css").matcher(page);
        assertThat(css.find()).isTrue();
        String stale = "/assets/css/samla-" + "0".repeat(32) + ".css";
        assertThat(css.group(1)).isNotEqualTo("0".repeat(32));
        assertThat(get(stale, false).statusCode()).isEqualTo(404);
    }

    @Test
    void textIsSentCompressedToBrowsersThatAcceptIt() throws Exception {
        String page = text(get("/login", false));
        Matcher css = Pattern.compile("/assets/css/samla-[0-9a-f]{32}\\.css").matcher(page);
        assertThat(css.find()).isTrue();
        for (String path : List.of("/login", css.group())) {
            HttpResponse<byte[]> plain = get(path, false);
            HttpResponse<byte[]> zipped = get(path, true);
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            String unzipped = gunzip(zipped.body());
            assertThat(zipped.body().length).as(path).isLessThan(unzipped.length() / 2);
            if (!path.equals("/login")) {
                // The page carries a fresh CSRF token each time; the style sheet must come back byte for byte.
                assertThat(unzipped).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
            }
        }
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
