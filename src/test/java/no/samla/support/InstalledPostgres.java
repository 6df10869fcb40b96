package no.samla.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster run with the binaries installed on the machine (Debian's {@code postgresql-15}
 * package, which {@code .ci/run} installs), for tests that need PostgreSQL's own tools, such as {@code pg_dump}, that
 * the embedded PostgreSQL does not ship. The cluster lives in a temporary directory, listens on a free port of
 * 127.0.0.1 only and trusts every connection there. As root, initdb and postgres refuse to run, so they run as the
 * {@code postgres} system user that the package creates; the client tools run as whoever runs the tests.
 */
public final class InstalledPostgres implements AutoCloseable {

    /** Where Debian puts PostgreSQL 15's programs; the system property {@code samla.test.postgres-bin} moves it. */
    public static final String BIN = System.getProperty("samla.test.postgres-bin", "/usr/lib/postgresql/15/bin");

    public static final String SUPERUSER = "postgres";

    private static final long COMMAND_TIMEOUT_SECONDS = 120;

    private final Path bin;
    private final Path directory;
    private final Path data;
    private final int port;
    private final List<String> asServerUser;

    private InstalledPostgres(Path bin, Path directory, int port, List<String> asServerUser) {
        this.bin = bin;
        this.directory = directory;
        this.data = directory.resolve("data");
        this.port = port;
        this.asServerUser = asServerUser;
    }

    /**
     * Initialises and starts a cluster. Fails, never skips, when the binaries are missing: CI installs them, and a
     * developer is told what to install.
     */
    public static InstalledPostgres start() throws IOException {
        Path bin = Path.of(BIN);
        assertThat(Stream.of("initdb", "pg_ctl", "pg_dump", "pg_restore", "createdb")
                        .filter(program -> !Files.isExecutable(bin.resolve(program))))
                .as("PostgreSQL's programs are missing from " + bin + ": install them with"
                        + " `apt-get install postgresql-15` (as .ci/run does), or point the system property"
                        + " samla.test.postgres-bin at the bin directory of a PostgreSQL 15")
                .isEmpty();
        Path directory = Files.createTempDirectory("samla-postgres");
        List<String> asServerUser = List.of();
        if ("root".equals(System.getProperty("user.name"))) {
            asServerUser = List.of("runuser", "-u", SUPERUSER, "--");
            Files.setOwner(directory, serverUser());
        }
        InstalledPostgres postgres = new InstalledPostgres(bin, directory, freePort(), asServerUser);
        try {
            postgres.initialiseAndStart();
        } catch (IOException | RuntimeException | Error e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    private static UserPrincipal serverUser() throws IOException {
        try {
            return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(SUPERUSER);
        } catch (UserPrincipalNotFoundException e) {
            throw new AssertionError(
                    "Running as root, PostgreSQL must run as the system user '" + SUPERUSER
                            + "', which does not exist: install the postgresql-15 package, which creates it",
                    e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void initialiseAndStart() throws IOException {
        runAsServerUser(
                "initdb",
                "--pgdata=" + data,
                "--username=" + SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync");
        // A test cluster: nothing here must survive a crash, so it is spared the disk flushes.
        Files.writeString(
                data.resolve("postgresql.conf"),
                String.join(
                        "\n",
                        "",
                        "port = " + port,
                        "listen_addresses = '127.0.0.1'",
                        "unix_socket_directories = ''",
                        "fsync = off",
                        "synchronous_commit = off",
                        "full_page_writes = off",
                        ""),
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        runAsServerUser("pg_ctl", "--pgdata=" + data, "--log=" + directory.resolve("server.log"), "--wait", "start");
    }

    public int port() {
        return port;
    }

    /** A temporary directory of this cluster's own, removed with it, for files such as dumps. */
    public Path directory() {
        return directory;
    }

    /** The JDBC address of a database on this cluster. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A database of this cluster, as the tests point Samla at one. */
    public TestDatabase.Server server(String database) {
        return new TestDatabase.Server(jdbcUrl(database), SUPERUSER, "");
    }

    /** Runs one of the cluster's client programs (pg_dump, createdb ...) and gives its output; fails if it fails. */
    public String run(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        return execute(command);
    }

    private void runAsServerUser(String program, String... arguments) {
        List<String> command = new ArrayList<>(asServerUser);
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        execute(command);
    }

    private String execute(List<String> command) {
        Path output = directory.resolve("command.log");
        try {
            // In the cluster's directory, which the server user may enter (it may not enter the working directory).
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            process.getOutputStream().close();
            boolean finished = process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            String printed = Files.readString(output);
            if (!finished) {
                throw new AssertionError(String.join(" ", command) + " did not finish:\n" + printed);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(
                        String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + printed);
            }
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server (if it runs) and removes the cluster's directory. */
    @Override
    public void close() throws IOException {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                runAsServerUser("pg_ctl", "--pgdata=" + data, "--mode=fast", "--wait", "stop");
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
