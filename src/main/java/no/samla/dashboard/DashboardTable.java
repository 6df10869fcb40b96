package no.samla.dashboard;

import java.util.List;

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

    /** Whether a column holds figures, aligned right. */
    public boolean figureColumn(int column) {
        return !rows.isEmpty() && rows.stream().allMatch(row -> row.get(column).figure());
    }
}
