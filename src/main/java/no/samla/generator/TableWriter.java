package no.samla.generator;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows streamed into one table with PostgreSQL's COPY (text format), in the order they are added. The identity ids
 * the database gives them follow that order, so {@link #end()} reads them back in it for the rows that refer to them.
 */
final class TableWriter {

    private static final int FLUSH_BYTES = 1 << 20;

    private final Connection connection;
    private final String table;
    private final CopyIn copy;
    private final long idsAfter;
    private final boolean readIds;
    private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
    private final long started = System.nanoTime();
    private int rows;

    private TableWriter(Connection connection, String table, boolean readIds, String... columns) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.readIds = readIds;
        this.idsAfter = readIds ? maxId(connection, table) : 0;
        CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        this.copy = copyManager.copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
    }

    /** A table whose ids the generator needs afterwards. */
    static TableWriter withIds(Connection connection, String table, String... columns) {
        try {
            return new TableWriter(connection, table, true, columns);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start writing " + table, e);
        }
    }

    static TableWriter of(Connection connection, String table, String... columns) {
        try {
            return new TableWriter(connection, table, false, columns);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start writing " + table, e);
        }
    }

    String table() {
        return table;
    }

    int rows() {
        return rows;
    }

    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(values[i]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_BYTES) {
            flush();
        }
    }

    /** Dates, times and instants print in ISO form, which PostgreSQL reads as they are. */
    private void append(Object value) {
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof Boolean b) {
            buffer.append(b ? 't' : 'f');
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        } else {
            buffer.append(value);
        }
    }

    private void flush() {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write to " + table, e);
        }
    }

    /** Ends the COPY and returns the ids of the rows in the order they were added (empty unless asked for). */
    long[] end(GenerationReport report) {
        flush();
        try {
            long written = copy.endCopy();
            if (written != rows) {
                throw new IllegalStateException(table + ": wrote " + written + " rows, expected " + rows);
            }
            long[] ids = readIds ? idsSince(connection, table, idsAfter, rows) : new long[0];
            report.add(table, rows, System.nanoTime() - started);
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not finish writing " + table, e);
        }
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select coalesce(max(id), 0) from " + table);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long[] idsSince(Connection connection, String table, long after, int expected) throws SQLException {
        List<Long> ids = new ArrayList<>(expected);
        try (PreparedStatement statement =
                connection.prepareStatement("select id from " + table + " where id > ? order by id")) {
            statement.setLong(1, after);
            statement.setFetchSize(10_000);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
        }
        if (ids.size() != expected) {
            throw new IllegalStateException(table + ": found " + ids.size() + " new ids, expected " + expected);
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
