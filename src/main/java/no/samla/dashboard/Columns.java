package no.samla.dashboard;

import java.util.Arrays;
import java.util.List;
import no.samla.report.ReportTexts;

/** A table's column headings from the names of their {@code dashboard.column.*} messages. */
final class Columns {

    private Columns() {}

    static List<String> named(ReportTexts text, String... names) {
        return Arrays.stream(names)
                .map(name -> text.get("dashboard.column." + name))
                .toList();
    }
}
