package no.samla.report.web;

import java.util.Locale;
import no.samla.report.ReportNumbers;
import no.samla.report.ReportTable;
import no.samla.report.ReportTexts;
import no.samla.system.pdf.PdfFonts;
import no.samla.system.pdf.PdfPages;
import no.samla.system.web.Dates;
import no.samla.system.web.FileNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report as a PDF in the shared layout: the title part, then each section as a bookmarked heading with its tables. */
@Component
class ReportPdf {

    private final PdfFonts fonts;
    private final MessageSource messages;
    private final Dates dates;

    ReportPdf(PdfFonts fonts, MessageSource messages, Dates dates) {
        this.fonts = fonts;
        this.messages = messages;
        this.dates = dates;
    }

    byte[] render(Report report, Locale locale) {
        ReportTexts text = ReportTexts.of(messages, locale);
        String title = title(report, text);
        PdfPages.Meta meta = new PdfPages.Meta(
                title,
                report.providerName(),
                text.get("report.pdf.subject", report.programme().getName()),
                Locale.forLanguageTag(ReportNumbers.language(locale)));
        return PdfPages.write(fonts, meta, pages -> {
            pages.bold(text.get("report.kind"), 12, 0);
            pages.bold(report.programme().getName(), 22, 8);
            if (!report.wholeProgramme()) {
                pages.text(report.municipality().name(), 14, 6);
            }
            pages.text(
                    text.get(
                            "report.period",
                            dates.date(report.programme().getStartDate()),
                            dates.date(report.programme().getEndDate())),
                    10,
                    12);
            if (report.providerName() != null) {
                pages.text(text.get("report.provider", report.providerName()), 10, 4);
            }
            pages.text(text.get("report.madeOn", dates.date(report.madeOn())), 10, 4);
            pages.muted(text.get("report.privacy"));
            for (Report.Section section : report.sections()) {
                pages.heading(null, section.content().heading(), 16);
                for (String sentence : section.content().summary()) {
                    pages.text(sentence, 10, 4);
                }
                for (Report.Table table : section.tables()) {
                    ReportTable content = table.content();
                    pages.bold(content.caption(), 10, 10);
                    if (content.rows().isEmpty()) {
                        pages.muted(text.get("report.table.empty"));
                    } else {
                        // The first column names the row (a gathering, an evaluation): give it room when the rest are
                        // few-word figures.
                        pages.table(
                                content.columns(),
                                content.rows(),
                                table.figures(),
                                content.columns().size() > 4 ? 2.5f : 1.5f);
                    }
                }
            }
        });
    }

    String fileName(Report report, Locale locale) {
        String name = report.programme().getName()
                + (report.wholeProgramme() ? "" : " " + report.municipality().name());
        return FileNames.of(messages.getMessage("report.pdf.filePrefix", null, locale), name, "pdf");
    }

    private static String title(Report report, ReportTexts text) {
        return report.wholeProgramme()
                ? text.get("report.title", report.programme().getName())
                : text.get(
                        "report.title.municipality",
                        report.programme().getName(),
                        report.municipality().name());
    }
}
