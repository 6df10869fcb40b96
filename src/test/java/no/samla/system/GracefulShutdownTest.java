package no.samla.system;

import static no.samla.support.HttpForms.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.samla.SamlaApplication;
import no.samla.support.HttpForms;
import no.samla.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stopping an instance (a deploy, a scale-in) lets the requests it is serving finish: Samla is stopped while a
 * request is in the middle of its work, and that request is still answered in full before the instance is gone.
 * The slow request is a page this test adds, which waits until the test lets it finish.
 */
class GracefulShutdownTest {

    private static final String PASSWORD = "stopper midt i arbeidet";

    @Test
    void aRequestInFlightWhenTheInstanceStopsIsAnsweredInFull() throws Exception {
        TestDatabase.Server database = TestDatabase.server().createDatabase("samla_graceful_shutdown");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SamlaApplication.class, SlowPage.class)
                .run(database.arguments(
                        "--server.port=0",
                        "--samla.demo=false",
                        "--samla.notification.scheduling.enabled=false",
                        "--samla.privacy.retention.scheduling.enabled=false",
                        "--spring.main.banner-mode=off"));
        Thread stopping = new Thread(app::close, "stopping Samla");
        try {
            HttpClient client = HttpForms.client();
            String base = HttpForms.signInAsFirstAdmin(app, client, PASSWORD);

            CompletableFuture<HttpResponse<String>> inFlight =
                    client.sendAsync(get(base + SlowPage.PATH), HttpResponse.BodyHandlers.ofString());
            assertThat(SlowPage.started.await(20, TimeUnit.SECONDS))
                    .as("the slow request reached its work")
                    .isTrue();

            stopping.start();
            // The stop waits for the request: a second later the instance is still stopping.
            stopping.join(1_000);
            assertThat(stopping.isAlive())
                    .as("the stop waits for the request in flight")
                    .isTrue();
            assertThat(inFlight).isNotDone();

            SlowPage.release.countDown();
            HttpResponse<String> answer = inFlight.get(20, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(SlowPage.FINISHED);

            stopping.join(30_000);
            assertThat(stopping.isAlive())
                    .as("stopped once the request was answered")
                    .isFalse();
            assertThat(app.isActive()).isFalse();
        } finally {
            SlowPage.release.countDown();
            if (!stopping.isAlive() && app.isActive()) {
                app.close();
            }
        }
    }

    /** A page that takes as long as the test wants: it starts, and finishes when released. */
    @RestController
    static class SlowPage {
        static final String PATH = "/graceful-shutdown-test/slow";
        static final String FINISHED = "finished";
        static final CountDownLatch started = new CountDownLatch(1);
        static final CountDownLatch release = new CountDownLatch(1);

        @GetMapping(PATH)
        String slow() throws InterruptedException {
            started.countDown();
            release.await(30, TimeUnit.SECONDS);
            return FINISHED;
        }
    }
}
