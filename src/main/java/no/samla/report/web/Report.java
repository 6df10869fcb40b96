package no.samla.report.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import no.samla.programme.EnrolledMunicipality;
import no.samla.programme.Programme;
import no.samla.report.ReportNumbers;
import no.samla.report.ReportSection;
import no.samla.report.ReportTable;

/**
 * One report as the page and the PDF show it: the title part (programme, period, municipality, provider, the day it
 * was made), the overview and the contributed sections in order, and the enrolled municipalities whose own reports the
 * reader may open (only for the whole programme).
 */
public record Report(
        Programme programme,
        String providerName,
        EnrolledMunicipality municipality,
        LocalDate madeOn,
        List<Section> sections,
        List<EnrolledMunicipality> municipalities) {

    public boolean wholeProgramme() {
        return municipality == null;
    }

    /** A section with an anchor for the page's contents list. */
    public record Section(String anchor, ReportSection content, List<Table> tables) {

        static Section of(int index, ReportSection content) {
            return new Section(
                    "section-" + index,
                    content,
                    content.tables().stream().map(Table::of).toList());
        }
    }

    /** A table, with which of its columns hold only figures (right-aligned); the first column names the row. */
    public record Table(ReportTable content, List<Boolean> figures) {

        static Table of(ReportTable table) {
            return new Table(
                    table,
                    IntStream.range(0, table.columns().size())
                            .mapToObj(column -> column > 0
                                    && ReportNumbers.isFigureColumn(table.rows().stream()
                                            .map(row -> row.get(column))
                                            .toList()))
                            .toList());
        }

        public boolean figure(int column) {
            return figures.get(column);
        }
    }
}
