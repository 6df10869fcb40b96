package no.samla.report;

import java.util.List;

/**
 * A table in a report section: a caption, column headings and rows of formatted cells. Every row has as many cells as
 * there are columns; the first column names the row.
 */
public record ReportTable(String caption, List<String> columns, List<List<String>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "A row has " + row.size() + " cells for " + columns.size() + " columns: " + caption);
            }
        }
    }
}
