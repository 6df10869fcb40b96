package no.samla.system;

import static no.samla.support.HttpForms.csrf;
import static no.samla.support.HttpForms.get;
import static no.samla.support.HttpForms.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samla.SamlaApplication;
import no.samla.support.HttpForms;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL stopped and started again under an admin adding people one after another: while it is away every request
 * gets the 503 page (never a 500) and health is DOWN; once it is back, Samla serves again without a restart, the admin
 * is still signed in, and every person whose creation was acknowledged (a redirect to the person) is in the database.
 * The database starts empty, with the first admin only, which starts far faster than the demo data set.
 */
class DatabaseOutageTest {

    private static final Pattern CREATED = Pattern.compile("/admin/people/(\\d+)$");
    private static final String PASSWORD = "utfall under last 2026";

    private final HttpClient client = HttpForms.client();

    @Test
    void everyAcknowledgedWriteSurvivesAnOutageAndSamlaRecoversWithoutARestart() throws Exception {
        Path data = Files.createTempDirectory("samla-outage-db");
        EmbeddedPostgres postgres = start(data, 0);
        int port = postgres.getPort();
        ConfigurableApplicationContext app = null;
        Writer writer = null;
        try {
            app = new SpringApplicationBuilder(SamlaApplication.class)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=",
                            "--samla.demo=false",
                            "--samla.notification.scheduling.enabled=false",
                            "--samla.privacy.retention.scheduling.enabled=false",
                            // A request waits at most 2 s for a connection before it is told to come back.
                            "--spring.datasource.hikari.connection-timeout=2000",
                            "--spring.main.banner-mode=off");
            String base = HttpForms.signInAsFirstAdmin(app, client, PASSWORD);
            writer = new Writer(base, csrf(send(get(base + "/admin/people/new")).body()));
            writer.start();

            writer.awaitAcknowledged(5);
            postgres.close();

            writer.awaitStatus(503);
            HttpResponse<String> page = send(get(base + "/"));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Samla er snart tilbake").doesNotContain("Exception");
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(send(get(base + "/actuator/health")).statusCode()).isEqualTo(503);
            int acknowledgedBefore = writer.acknowledged.size();

            postgres = start(data, port);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (send(get(base + "/actuator/health")).statusCode() != 200) {
                assertThat(System.nanoTime())
                        .as("health UP again within a minute")
                        .isLessThan(deadline);
                Thread.sleep(250);
            }
            writer.awaitAcknowledged(acknowledgedBefore + 5);
            writer.stop();

            // Still signed in: the session was in the database, and the database kept it.
            HttpResponse<String> home = send(get(base + "/"));
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("action=\"/logout\"");
            assertThat(writer.statuses)
                    .as("every answer a redirect to the entry or 503")
                    .isSubsetOf(302, 503);
            assertThat(writer.statuses).contains(503);
            assertThat(stored(postgres, writer.acknowledged)).containsExactlyInAnyOrderElementsOf(writer.acknowledged);
        } finally {
            if (writer != null) {
                writer.stop();
            }
            if (app != null) {
                app.close();
            }
            postgres.close();
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws Exception {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                // The server is stopped cleanly, which writes everything to disk: syncing each write on the way is
                // not what this test is about, and it doubled the time to create the schema and the demo data.
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "50");
        if (port != 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    private static List<Long> stored(EmbeddedPostgres postgres, List<Long> ids) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement select = connection.prepareStatement("select id from person where id = any(?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            select.setArray(1, array);
            List<Long> found = new java.util.ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return found;
        }
    }

    /** Adds people one after another until stopped, and keeps every answer and each acknowledged person. */
    private final class Writer {

        final List<Long> acknowledged = new CopyOnWriteArrayList<>();
        final Set<Integer> statuses = ConcurrentHashMap.newKeySet();
        private final String base;
        private final String csrf;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Writer(String base, String csrf) {
            this.base = base;
            this.csrf = csrf;
            this.thread = new Thread(this::run, "outage-writer");
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(30_000);
        }

        private void run() {
            int n = 0;
            while (running.get()) {
                n++;
                try {
                    HttpResponse<String> response = send(post(
                            base + "/admin/people",
                            Map.of(
                                    "_csrf",
                                    csrf,
                                    "fullName",
                                    "Person nummer " + n,
                                    "email",
                                    "person" + n + "@utfall.example",
                                    "version",
                                    "0")));
                    statuses.add(response.statusCode());
                    Matcher entry = CREATED.matcher(
                            response.headers().firstValue("Location").orElse(""));
                    if (response.statusCode() == 302 && entry.find()) {
                        acknowledged.add(Long.parseLong(entry.group(1)));
                    }
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    statuses.add(-1);
                }
            }
        }

        void awaitAcknowledged(int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (acknowledged.size() < count) {
                assertThat(System.nanoTime())
                        .as("%d entries acknowledged within a minute", count)
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
        }

        void awaitStatus(int status) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!statuses.contains(status)) {
                assertThat(System.nanoTime()).as("a %d within 30 s", status).isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
