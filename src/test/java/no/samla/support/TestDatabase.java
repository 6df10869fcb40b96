package no.samla.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server of one test JVM: {@code TEST_DATABASE_URL} when set, otherwise a Testcontainers
 * PostgreSQL 17 when Docker runs, otherwise an embedded PostgreSQL 17. Started once, shared by all tests.
 */
public final class TestDatabase {

    public record Server(String url, String username, String password) {

        /** The data source settings that point an application at this database. */
        public Map<String, Object> datasourceProperties() {
            return Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", username == null ? "" : username,
                    "spring.datasource.password", password == null ? "" : password);
        }

        /**
         * The data source settings as command-line arguments, followed by the others given: arguments, not default
         * properties, because those would lose to application.properties.
         */
        public String[] arguments(String... others) {
            List<String> arguments = new ArrayList<>();
            datasourceProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
            arguments.addAll(List.of(others));
            return arguments.toArray(String[]::new);
        }

        /** A new, empty database on the same server, for tests that need a first start. */
        public Server createDatabase(String name) {
            try (Connection connection = DriverManager.getConnection(url, username, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
                statement.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create test database " + name, e);
            }
            return new Server(url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"), username, password);
        }
    }

    private static Server server;

    private TestDatabase() {}

    public static synchronized Server server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static Server start() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url, System.getenv("TEST_DATABASE_USERNAME"), System.getenv("TEST_DATABASE_PASSWORD"));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
            container.start();
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            // zonky's own shutdown hook stops this server when the test JVM exits.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("samla-test-db"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
