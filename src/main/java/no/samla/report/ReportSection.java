package no.samla.report;

import java.util.List;

/**
 * One section of the report, already in the reader's language: a heading, a few sentences that say what the figures
 * show (the text a reader of the PDF or a screen reader gets first), and tables of already formatted values.
 */
public record ReportSection(String heading, List<String> summary, List<ReportTable> tables) {

    public ReportSection {
        summary = List.copyOf(summary);
        tables = List.copyOf(tables);
    }
}
