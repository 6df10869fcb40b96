package no.samla.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database keeps its data across restarts and recovers from a killed JVM. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path directory;

    @Test
    void dataSurvivesARestart() throws Exception {
        EmbeddedPostgresServer first = EmbeddedPostgresServer.start(directory, 0);
        execute(first, "create table kept (value text)", "insert into kept values ('still here')");
        first.stop();

        EmbeddedPostgresServer second = EmbeddedPostgresServer.start(directory, 0);
        try {
            assertThat(query(second, "select value from kept")).isEqualTo("still here");
        } finally {
            second.stop();
        }
    }

    @Test
    void aPostgresLeftRunningByAKilledJvmIsStoppedAndTheNextStartWorks() throws Exception {
        Process jvm = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ServerThatGetsKilled.class.getName(),
                        directory.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(jvm.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(ServerThatGetsKilled.READY)) {
                // skip the server's log until it is ready
            }
            assertThat(line).as("the child JVM started its database").isEqualTo(ServerThatGetsKilled.READY);
        }
        long orphanPid = Long.parseLong(
                Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());
        jvm.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        EmbeddedPostgresServer next = EmbeddedPostgresServer.start(directory, 0);
        try {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            assertThat(query(next, "select value from kept")).isEqualTo("before the kill");
        } finally {
            next.stop();
        }
    }

    /** Started in a child JVM: writes a row, says it is ready, and waits to be killed. */
    static final class ServerThatGetsKilled {
        static final String READY = "SERVER READY";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
            execute(server, "create table kept (value text)", "insert into kept values ('before the kill')");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void aStalePidFileFromACrashIsRemoved() throws Exception {
        EmbeddedPostgresServer first = EmbeddedPostgresServer.start(directory, 0);
        first.stop();
        // A pid that no process has: what a crashed machine leaves behind.
        Files.writeString(directory.resolve("postmaster.pid"), Long.MAX_VALUE / 2 + "\n" + directory + "\n");

        EmbeddedPostgresServer next = EmbeddedPostgresServer.start(directory, 0);
        try {
            assertThat(query(next, "select 'up'")).isEqualTo("up");
        } finally {
            next.stop();
        }
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
