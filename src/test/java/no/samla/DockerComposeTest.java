package no.samla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Map<String, Map<String, Object>> services = services();
        assertThat(services.get("db").get("image")).isEqualTo("postgres:17");
        Map<String, Object> app = services.get("app");
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://db:5432/samla");
        assertThat((List<String>) app.get("ports")).contains("8080:8080");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScaleProfileRunsTwoInstancesOnTheSameDatabaseBehindNginx() throws IOException {
        Map<String, Map<String, Object>> services = services();
        Map<String, Object> app = services.get("app");
        Map<String, Object> second = services.get("app-2");
        assertThat((List<String>) second.get("profiles")).containsExactly("scale");
        assertThat(second.get("environment")).isEqualTo(app.get("environment"));
        assertThat(second.get("ports")).isNull();
        Map<String, Object> nginx = services.get("lb");
        assertThat((List<String>) nginx.get("profiles")).containsExactly("scale");
        assertThat((List<String>) nginx.get("volumes"))
                .contains("./deploy/nginx/samla.conf:/etc/nginx/conf.d/default.conf:ro");
        String config = Files.readString(Path.of("deploy/nginx/samla.conf"));
        assertThat(config)
                .contains("server app:8080")
                .contains("server app-2:8080")
                .doesNotContain("ip_hash");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        try (Reader reader = new FileReader("docker-compose.yml", StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
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
