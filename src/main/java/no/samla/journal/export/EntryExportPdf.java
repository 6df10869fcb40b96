package no.samla.journal.export;

import com.lowagie.text.pdf.PdfOutline;
import java.util.Locale;
import no.samla.system.pdf.PdfFonts;
import no.samla.system.pdf.PdfPages;
import org.springframework.stereotype.Component;

/**
 * The export as a PDF, in the shared Samla PDF layout (embedded font, bookmarks, title, author and language); a
 * character the font does not have (an emoji, say) is shown as a white square rather than silently left out.
 */
@Component
class EntryExportPdf {

    private final EntryExportTexts texts;
    private final PdfFonts fonts;

    EntryExportPdf(EntryExportTexts texts, PdfFonts fonts) {
        this.texts = texts;
        this.fonts = fonts;
    }

    byte[] render(EntryExport export, Locale locale) {
        EntryExportTexts.In text = texts.in(locale);
        PdfPages.Meta meta = new PdfPages.Meta(
                text.documentTitle(export),
                export.leaderName(),
                text.get("entryExport.doc.subject", export.programmeName()),
                Locale.forLanguageTag(EntryExportTexts.language(locale)));
        return PdfPages.write(fonts, meta, pages -> {
            pages.bold(text.get("entryExport.doc.title"), 12, 0);
            pages.bold(export.leaderName(), 22, 8);
            pages.text(export.programmeName(), 14, 6);
            pages.text(text.get("entryExport.doc.exportedOnText", text.date(export.exportedOn())), 10, 18);
            pages.text(text.get("entryExport.doc.ownOnly"), 10, 6);

            pages.heading(null, text.get("entryExport.doc.project"), 16);
            EntryExport.Project project = export.project();
            if (project == null) {
                pages.text(text.get("entryExport.doc.project.none"), 10, 4);
            } else {
                pages.muted(text.projectVersions(project));
                pages.part(text.get("entryExport.doc.project.goal"), text.orEmpty(project.goal()));
                pages.part(text.get("entryExport.doc.project.why"), text.orEmpty(project.why()));
                pages.part(text.get("entryExport.doc.project.behaviour"), text.behaviour(project.behaviour()));
                pages.part(text.get("entryExport.doc.project.practice"), text.orEmpty(project.practice()));
                pages.part(text.get("entryExport.doc.project.evidence"), text.orEmpty(project.evidence()));
            }

            pages.newPage();
            PdfOutline entries = pages.heading(null, text.get("entryExport.doc.entries"), 16);
            pages.muted(
                    text.get("entryExport.doc.entries.count", export.entries().size()));
            if (export.entries().isEmpty()) {
                pages.text(text.get("entryExport.doc.entries.none"), 10, 4);
            }
            for (EntryExport.Entry entry : export.entries()) {
                pages.heading(entries, text.entryHeading(entry), 13);
                for (String link : text.links(entry)) {
                    pages.muted(link);
                }
                pages.part(text.get("entryExport.doc.entry.did"), text.orEmpty(entry.did()));
                pages.part(text.get("entryExport.doc.entry.happened"), text.orEmpty(entry.happened()));
                pages.part(text.get("entryExport.doc.entry.learned"), text.orEmpty(entry.learned()));
                pages.part(text.get("entryExport.doc.entry.nextStep"), text.orEmpty(entry.nextStep()));
                pages.muted(text.get("entryExport.doc.entry.earlier", entry.earlierVersions()));
                if (!entry.comments().isEmpty()) {
                    pages.bold(text.get("entryExport.doc.comments"), 11, 8);
                    for (EntryExport.Comment comment : entry.comments()) {
                        pages.bold(text.commentByline(comment), 9, 4);
                        pages.written(comment.text(), 1);
                    }
                }
            }
        });
    }
}
