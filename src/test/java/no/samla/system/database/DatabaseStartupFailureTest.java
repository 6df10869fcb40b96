package no.samla.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import no.samla.SamlaApplication;
import no.samla.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/** Samla refuses to start, with one clear line, on a database it cannot use. */
class DatabaseStartupFailureTest {

    @Test
    void anUnreachableDatabaseStopsTheStartWithAClearMessage() {
        Throwable failure = catchThrowable(
                () -> start(new TestDatabase.Server("jdbc:postgresql://127.0.0.1:9/samla", "samla", "samla"))
                        .close());

        FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("Samla cannot start: the database cannot be reached");
    }

    @Test
    void aSchemaNewerThanTheCodeStopsTheStartWithAClearMessage() throws Exception {
        TestDatabase.Server database = TestDatabase.server().createDatabase("samla_newer_schema");
        start(database).close();
        try (Connection connection =
                        DriverManager.getConnection(database.url(), database.username(), database.password());
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into flyway_schema_history
                        (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                    values (999, '999', 'from a newer Samla', 'SQL', 'V999__from_a_newer_samla.sql', 1, 'test', 1, true)
                    """);
        }

        Throwable failure = catchThrowable(() -> start(database).close());

        FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo("Samla cannot start: the database schema is newer than this version of Samla.");
    }

    private static ConfigurableApplicationContext start(TestDatabase.Server database) {
        // Arguments, not default properties: those would lose to application.properties (server.port=8080), and
        // the start would fail on whatever else listens on 8080.
        return new SpringApplicationBuilder(SamlaApplication.class)
                .run(database.arguments("--server.port=0", "--samla.demo=false"));
    }
}
