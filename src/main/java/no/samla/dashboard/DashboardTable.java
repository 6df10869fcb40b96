package no.samla.dashboard;

import java.util.List;
import no.samla.system.NotFoundException;

/**
 * A table of a dashboard: shown on the page (with its chart, if any, and a sentence that sums it up), and the same
 * rows exported as CSV and XLSX under its id. The first column names the row.
 */
public record DashboardTable(
        String id, String caption, List<String> summary, List<String> columns, List<List<Cell>> rows, Chart chart) {

    public DashboardTable {
        summary = List.copyOf(summary);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public DashboardTable(
            String id, String caption, List<String> summary, List<String> columns, List<List<Cell>> rows) {
        this(id, caption, summary, columns, rows, null);
    }

    /** The same table with a bar chart of one of its columns. */
    public DashboardTable charted(int valueColumn, java.util.Locale locale) {
        return new DashboardTable(id, caption, summary, columns, rows, Chart.of(this, valueColumn, locale));
    }

    /** The table of a dashboard with the id, as its download asks for it; an id it does not have is not found. */
    public static DashboardTable find(List<DashboardTable> tables, String id) {
        return tables.stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Table", id));
    }

    /** Rows of this table (all, or a page of them) as the page shows them in the reader's language. */
    public List<List<Cell.Shown>> shown(List<List<Cell>> someRows, java.util.Locale locale) {
        return someRows.stream()
                .map(row -> row.stream().map(cell -> cell.shown(locale)).toList())
                .toList();
    }

    /** Whether a column holds figures, aligned right. */
    public boolean figureColumn(int column) {
        return !rows.isEmpty() && rows.stream().allMatch(row -> row.get(column).figure());
    }
}
