package no.samla.system;

import static no.samla.support.HttpForms.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samla.SamlaApplication;
import no.samla.support.DemoUsers;
import no.samla.support.HttpForms;
import no.samla.support.InstalledPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backup procedure of the README's "Backups", run as written: Samla with the demo data on a PostgreSQL 15 (the
 * oldest the tests can get, and one whose pg_dump the embedded PostgreSQL 17 does not offer), {@code pg_dump} of its
 * database, {@code pg_restore} into a fresh database, and Samla started on that without the demo data. The restored
 * database must hold the same rows in every table, Flyway must find nothing to migrate, and a demo leader must sign
 * in with the demo password.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

    private static final String ORIGINAL = "samla";
    private static final String RESTORED = "samla_restored";
    private static final String HISTORY =
            "select version || ' ' || checksum || ' ' || success from flyway_schema_history order by installed_rank";

    private final HttpClient client = HttpForms.client();

    private InstalledPostgres postgres;
    private ConfigurableApplicationContext restoredSamla;
    private int serverMajorVersion;
    private List<MigrationInfo> pendingOnOriginal;
    private List<String> originalHistory;
    private Map<String, String> originalTables;
    private Map<String, String> restoredTables;

    @BeforeAll
    void backUpAndRestore() throws Exception {
        postgres = InstalledPostgres.start();
        String[] connection = {
            "--host=127.0.0.1", "--port=" + postgres.port(), "--username=" + InstalledPostgres.SUPERUSER
        };

        postgres.run("createdb", with(connection, ORIGINAL));
        try (ConfigurableApplicationContext original = startSamla(ORIGINAL, "--samla.demo=true")) {
            pendingOnOriginal = List.of(original.getBean(Flyway.class).info().pending());
        }
        serverMajorVersion =
                Integer.parseInt(query(ORIGINAL, "show server_version_num").get(0)) / 10000;
        originalHistory = query(ORIGINAL, HISTORY);
        originalTables = tables(ORIGINAL);

        Path dump = postgres.directory().resolve("samla.dump");
        postgres.run("pg_dump", with(connection, "--format=custom", "--file=" + dump, ORIGINAL));
        postgres.run("createdb", with(connection, RESTORED));
        postgres.run(
                "pg_restore",
                with(connection, "--no-owner", "--exit-on-error", "--dbname=" + RESTORED, dump.toString()));
        restoredTables = tables(RESTORED);

        restoredSamla = startSamla(RESTORED, "--samla.demo=false", "--spring.flyway.validate-on-migrate=true");
    }

    @AfterAll
    void stopEverything() throws Exception {
        try {
            if (restoredSamla != null) {
                restoredSamla.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    void everyMigrationRunsOnPostgreSql15() {
        assertThat(serverMajorVersion).isEqualTo(15);
        assertThat(pendingOnOriginal).isEmpty();
        assertThat(originalHistory)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row).endsWith(" true"));
    }

    @Test
    void theRestoredDatabaseHoldsTheSameRowsInEveryTable() {
        assertThat(originalTables)
                .as("the demo data set is in the dump")
                .hasEntrySatisfying("person", rows -> assertThat(rows).doesNotStartWith("0 "))
                .hasEntrySatisfying("account", rows -> assertThat(rows).doesNotStartWith("0 "))
                .hasEntrySatisfying("programme", rows -> assertThat(rows).doesNotStartWith("0 "))
                .hasEntrySatisfying("log_entry", rows -> assertThat(rows).doesNotStartWith("0 "))
                .hasEntrySatisfying("audit_log", rows -> assertThat(rows).doesNotStartWith("0 "))
                .hasEntrySatisfying(
                        "gathering_material_file", rows -> assertThat(rows).doesNotStartWith("0 "))
                .hasEntrySatisfying("sign_in_provider", rows -> assertThat(rows).doesNotStartWith("0 "));
        assertThat(restoredTables).isEqualTo(originalTables);
    }

    @Test
    void samlaStartsOnTheRestoredDatabaseWithNothingToMigrate() throws Exception {
        assertThat(restoredSamla.getBean(Flyway.class).info().pending()).isEmpty();
        assertThat(query(RESTORED, HISTORY)).isEqualTo(originalHistory);
        HttpResponse<String> health =
                client.send(get(base() + "/actuator/health"), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    /** The sign-in also writes the restored tables: the sequences and the audit log's triggers came back too. */
    @Test
    void aDemoLeaderSignsInOnTheRestoredDatabase() throws Exception {
        String signIns = "select count(*) from audit_log where action = 'SIGNED_IN'";
        long before = Long.parseLong(query(RESTORED, signIns).get(0));

        HttpForms.signIn(client, base(), DemoUsers.LEADER.email(), DemoUsers.PASSWORD);

        assertThat(client.send(get(base() + "/"), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
        assertThat(Long.parseLong(query(RESTORED, signIns).get(0))).isEqualTo(before + 1);
    }

    @Test
    void theAuditLogIsStillAppendOnlyAfterTheRestore() {
        assertThatThrownBy(() -> query(RESTORED, "update audit_log set summary = 'rewritten' returning id"))
                .hasMessageContaining("audit_log is append-only");
        assertThatThrownBy(() -> query(RESTORED, "delete from audit_log returning id"))
                .hasMessageContaining("audit_log is append-only");
    }

    private ConfigurableApplicationContext startSamla(String database, String... settings) {
        return new SpringApplicationBuilder(SamlaApplication.class)
                .run(postgres.server(database)
                        .arguments(with(
                                settings,
                                "--server.port=0",
                                "--samla.notification.scheduling.enabled=false",
                                "--spring.datasource.hikari.maximum-pool-size=4",
                                "--spring.main.banner-mode=off")));
    }

    private String base() {
        return "http://localhost:"
                + ((WebServerApplicationContext) restoredSamla).getWebServer().getPort();
    }

    /** Each table of the database with its number of rows and a checksum of their content. */
    private Map<String, String> tables(String database) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection connection = connect(database)) {
            for (String table : query(
                    connection, "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
                tables.put(
                        table,
                        query(
                                        connection,
                                        "select count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' order by"
                                                + " t::text), '')) from \"" + table + "\" t")
                                .get(0));
            }
        }
        return tables;
    }

    /** The first column of each row of a statement's result. */
    private List<String> query(String database, String sql) throws SQLException {
        try (Connection connection = connect(database)) {
            return query(connection, sql);
        }
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), InstalledPostgres.SUPERUSER, "");
    }

    private static String[] with(String[] first, String... then) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(then));
        return all.toArray(String[]::new);
    }
}
