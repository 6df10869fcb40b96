package no.samla.system;

import static no.samla.support.HttpForms.csrf;
import static no.samla.support.HttpForms.get;
import static no.samla.support.HttpForms.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samla.SamlaApplication;
import no.samla.demo.DemoProgrammes;
import no.samla.notification.internal.Reminders;
import no.samla.support.DemoUsers;
import no.samla.support.HttpForms;
import no.samla.support.SamlaTest;
import no.samla.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Two more instances of Samla on the same database as the tests, as behind a load balancer: a session made on one
 * is known on the other, a sign-out on one ends it on both, both may delete expired sessions at once, and the
 * reminder job run by both at the same moment queues each reminder once. Two instances starting together on an
 * empty database create one first admin.
 */
@SamlaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    /**
     * Started side by side on the shared test database, after the tests' own context (one instance per class, so
     * that it is there before this runs) has loaded the demo data into it.
     */
    @BeforeAll
    void startTwoInstances() {
        List<ConfigurableApplicationContext> instances = startTogether();
        first = instances.get(0);
        second = instances.get(1);
    }

    @AfterAll
    void stopThem() {
        Stream.of(first, second).filter(Objects::nonNull).forEach(ConfigurableApplicationContext::close);
    }

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    /**
     * Two instances of Samla, started at the same moment. The test defaults (no.samla.support.TestEnvironment) point
     * a context without a database URL at the shared test database; the settings here are arguments, so that they
     * override application.properties (server.port=8080).
     */
    private static List<ConfigurableApplicationContext> startTogether(String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--samla.demo=false",
                "--samla.notification.scheduling.enabled=false",
                "--samla.privacy.retention.scheduling.enabled=false",
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(settings));
        String[] args = arguments.toArray(String[]::new);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        RuntimeException failed = null;
        // Both instances live in this JVM, whose logging the test context has set up already. Each would set it up
        // again, at the same moment, and logback's setup is not made for that: now and then one start failed with
        // "Unable to find Spring Environment in logger context". They keep the logging as it is.
        String loggingSystem = System.setProperty(LOGGING_SYSTEM, "none");
        try {
            List<CompletableFuture<ConfigurableApplicationContext>> starts = Stream.generate(
                            () -> CompletableFuture.supplyAsync(
                                    () -> new SpringApplicationBuilder(SamlaApplication.class).run(args), threads))
                    .limit(2)
                    .toList();
            for (CompletableFuture<ConfigurableApplicationContext> start : starts) {
                try {
                    started.add(start.join());
                } catch (RuntimeException e) {
                    failed = e;
                }
            }
        } finally {
            if (loggingSystem == null) {
                System.clearProperty(LOGGING_SYSTEM);
            } else {
                System.setProperty(LOGGING_SYSTEM, loggingSystem);
            }
            threads.shutdown();
        }
        if (failed != null) {
            started.forEach(ConfigurableApplicationContext::close);
            throw failed;
        }
        return started;
    }

    @Test
    void instancesStartingTogetherOnAnEmptyDatabaseCreateOneFirstAdmin() {
        TestDatabase.Server empty = TestDatabase.server().createDatabase("samla_scale_out_first_start");
        List<ConfigurableApplicationContext> instances = startTogether(empty.arguments());
        try {
            JdbcTemplate database = instances.get(0).getBean(JdbcTemplate.class);
            assertThat(database.queryForList(
                            "select a.email || ' ' || r.role from account a join account_role r on r.account_id = a.id",
                            String.class))
                    .containsExactly(HttpForms.FIRST_ADMIN + " ADMIN");
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
        }
    }

    @Test
    void aSessionMadeOnOneInstanceIsKnownOnTheOtherUntilItEndsOnEither() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpForms.client(cookies);
        String a = "http://localhost:" + port(first);
        String b = "http://localhost:" + port(second);

        HttpResponse<String> loginPage = client.send(get(a + "/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.statusCode()).isEqualTo(200);
        String before = sessionId(cookies);

        HttpResponse<String> login = client.send(
                post(
                        a + "/login",
                        Map.of(
                                "email", DemoUsers.LEADER.email(),
                                "password", DemoUsers.PASSWORD,
                                "_csrf", csrf(loginPage.body()))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        // The cookie keeps its name and flags, and signing in gives the session a new id (fixation protection).
        String setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
        String after = sessionId(cookies);
        assertThat(after).isNotEqualTo(before);
        // Kept in the database, for the configured 8 hours, under the signed-in user's name.
        assertThat(jdbc.queryForMap(
                        "select principal_name, max_inactive_interval from spring_session where session_id = ?",
                        storedId(after)))
                .containsEntry("principal_name", DemoUsers.LEADER.email())
                .containsEntry("max_inactive_interval", 8 * 60 * 60);

        HttpResponse<String> home = client.send(get(b + "/"), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Kari Nordmann").contains("action=\"/logout\"");
        assertThat(client.send(get(a + "/account/notifications"), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> logout = client.send(
                post(b + "/logout", Map.of("_csrf", csrf(home.body()))), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where session_id = ?", Integer.class, storedId(after)))
                .isZero();

        // The browser still sends the old cookie to the first instance, which no longer knows it.
        restore(cookies, a, after);
        assertThat(sessionId(cookies)).isEqualTo(after);
        HttpResponse<String> again =
                client.send(get(a + "/account/notifications"), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void expiredSessionsAreDeletedWhenBothInstancesCleanUpAtOnce() {
        String primary = UUID.randomUUID().toString();
        long longAgo = System.currentTimeMillis() - Duration.ofHours(9).toMillis();
        jdbc.update(
                "insert into spring_session (primary_id, session_id, creation_time, last_access_time,"
                        + " max_inactive_interval, expiry_time, principal_name) values (?, ?, ?, ?, ?, ?, ?)",
                primary,
                UUID.randomUUID().toString(),
                longAgo,
                longAgo,
                8 * 60 * 60,
                longAgo + Duration.ofHours(8).toMillis(),
                DemoUsers.LEADER.email());
        jdbc.update(
                "insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)"
                        + " values (?, 'something', ?)",
                primary,
                new byte[] {1, 2, 3});

        onBothAtOnce(instance -> {
            instance.getBean(JdbcIndexedSessionRepository.class).cleanUpExpiredSessions();
            return null;
        });

        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where primary_id = ?", Integer.class, primary))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session_attributes where session_primary_id = ?",
                        Integer.class,
                        primary))
                .isZero();
    }

    @Test
    void theReminderJobRunOnBothInstancesAtOnceQueuesEachReminderOnce() throws Exception {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
        Long gathering = null;
        try {
            // A gathering of the Drammen school a week from today: its "in a week" reminder is due now.
            LocalDate inAWeek = LocalDate.now(clock).plusDays(7);
            gathering = jdbc.queryForObject("""
                    insert into gathering (programme_id, number, title, format, start_date, venue_name)
                    select p.id, (select max(number) + 1 from gathering where programme_id = p.id),
                           'Samling for to instanser', 'ONE_DAY', ?, 'Rådhuset'
                    from programme p where p.name = ?
                    returning id
                    """, Long.class, inAWeek, DemoProgrammes.DRAMMEN_SCHOOL);
            List<String> participants = jdbc.queryForList("""
                    select distinct lower(pe.email) from participation pa
                    join programme p on p.id = pa.programme_id
                    join person pe on pe.id = pa.person_id
                    join account a on a.person_id = pe.id and a.enabled
                    where p.name = ? and pa.left_on is null
                      and not exists (select 1 from notification_opt_out o
                                      where o.person_id = pe.id and o.kind = 'GATHERING_WEEK')
                    order by 1
                    """, String.class, DemoProgrammes.DRAMMEN_SCHOOL);
            assertThat(participants).contains(DemoUsers.LEADER.email());

            int queued = onBothAtOnce(
                            instance -> instance.getBean(Reminders.class).runAll())
                    .stream()
                    .mapToInt(Integer::intValue)
                    .sum();

            Map<String, Long> perRecipient = jdbc
                    .queryForList(
                            "select lower(recipient_email) from notification"
                                    + " where kind = 'GATHERING_WEEK' and idempotency_key like ?",
                            String.class,
                            "%:" + gathering + ":%")
                    .stream()
                    .collect(Collectors.groupingBy(email -> email, Collectors.counting()));
            assertThat(perRecipient.keySet()).containsExactlyInAnyOrderElementsOf(participants);
            assertThat(perRecipient.values()).containsOnly(1L);
            // Neither run counts what the other queued: together they queued each new row once.
            assertThat(queued)
                    .isEqualTo(jdbc.queryForObject(
                            "select count(*) from notification where id > ?", Integer.class, before));
        } finally {
            jdbc.update("delete from notification where id > ?", before);
            if (gathering != null) {
                jdbc.update("delete from gathering where id = ?", gathering);
            }
        }
    }

    /** Runs the work on both instances at the same moment, each in a thread of its own, and waits for both. */
    private <T> List<T> onBothAtOnce(Function<ConfigurableApplicationContext, T> work) {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<T>> runs = Stream.of(first, second)
                    .map(instance -> CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    together.await();
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                                return work.apply(instance);
                            },
                            threads))
                    .toList();
            return runs.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    /** The session id as the database keeps it: the cookie carries it Base64-encoded. */
    private static String storedId(String cookieValue) {
        return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.US_ASCII);
    }

    /** Puts the signed-out session's cookie back, as a browser that kept it would send it. */
    private static void restore(CookieManager cookies, String url, String value) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(url), cookie);
    }
}
