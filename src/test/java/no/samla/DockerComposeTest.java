package no.samla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml runs PostgreSQL 17 and Samla against it. */
class DockerComposeTest {

    @Test
    @SuppressWarnings("unchecked")
    void composeFileRunsPostgres17AndPointsTheAppAtIt() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = new FileReader("docker-compose.yml", StandardCharsets.UTF_8)) {
            compose = new Yaml().load(reader);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services.get("db").get("image")).isEqualTo("postgres:17");
        Map<String, Object> app = services.get("app");
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://db:5432/samla");
        assertThat((List<String>) app.get("ports")).contains("8080:8080");
    }

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        assumeTrue(
                composePluginAvailable(),
                "SKIPPED: the docker CLI has no compose plugin here, so 'docker compose config -q' was not run");
        Process process = new ProcessBuilder("docker", "compose", "config", "-q")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static boolean composePluginAvailable() {
        try {
            Process process = new ProcessBuilder("docker", "compose", "version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
