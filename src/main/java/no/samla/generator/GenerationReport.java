package no.samla.generator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What was generated: rows and time per table, in the order the tables were written. */
public final class GenerationReport {

    /** One table's rows and the time it took to write them. */
    public record TableCount(String table, long rows, Duration time) {}

    private final List<TableCount> tables = new ArrayList<>();

    void add(String table, long rows, long nanos) {
        tables.add(new TableCount(table, rows, Duration.ofNanos(nanos)));
    }

    public List<TableCount> tables() {
        return Collections.unmodifiableList(tables);
    }

    /** Rows written into one table (0 when it was not written). */
    public long rows(String table) {
        return tables.stream()
                .filter(count -> count.table().equals(table))
                .mapToLong(TableCount::rows)
                .sum();
    }
}
