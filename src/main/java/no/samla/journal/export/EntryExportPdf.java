package no.samla.journal.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The export as a PDF. Liberation Sans is embedded (only the characters used), so Norwegian and most European,
 * Greek and Cyrillic text shows as written; a character the font does not have (an emoji, say) is shown as a
 * white square rather than silently left out.
 */
@Component
class EntryExportPdf {

    /** What stands for a character the font lacks: a box, as viewers draw for a missing glyph. */
    static final int WHITE_SQUARE = 0x25A1;

    private static final Color MUTED = new Color(0x49, 0x50, 0x57);

    private final EntryExportTexts texts;
    private final BaseFont regular;
    private final BaseFont bold;
    private final String replacement;

    EntryExportPdf(EntryExportTexts texts) {
        this.texts = texts;
        this.regular = font("LiberationSans-Regular.ttf");
        this.bold = font("LiberationSans-Bold.ttf");
        this.replacement = regular.charExists(WHITE_SQUARE) ? Character.toString(WHITE_SQUARE) : "?";
    }

    byte[] render(EntryExport export, Locale locale) {
        EntryExportTexts.In text = texts.in(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            document.setDocumentLanguage(EntryExportTexts.language(locale));
            document.addTitle(clean(text.documentTitle(export)));
            document.addAuthor(clean(export.leaderName()));
            document.addSubject(clean(text.get("entryExport.doc.subject", export.programmeName())));
            document.addCreator("Samla");
            document.open();

            document.add(paragraph(text.get("entryExport.doc.title"), bold, 12, 0));
            document.add(paragraph(export.leaderName(), bold, 22, 8));
            document.add(paragraph(export.programmeName(), regular, 14, 6));
            document.add(paragraph(
                    text.get("entryExport.doc.exportedOnText", text.date(export.exportedOn())), regular, 10, 18));
            document.add(paragraph(text.get("entryExport.doc.ownOnly"), regular, 10, 6));

            Headings headings = new Headings(document, writer);
            headings.add(null, text.get("entryExport.doc.project"), 16);
            EntryExport.Project project = export.project();
            if (project == null) {
                document.add(paragraph(text.get("entryExport.doc.project.none"), regular, 10, 4));
            } else {
                document.add(muted(text.projectVersions(project)));
                part(document, text.get("entryExport.doc.project.goal"), text.orEmpty(project.goal()));
                part(document, text.get("entryExport.doc.project.why"), text.orEmpty(project.why()));
                part(document, text.get("entryExport.doc.project.behaviour"), text.behaviour(project.behaviour()));
                part(document, text.get("entryExport.doc.project.practice"), text.orEmpty(project.practice()));
                part(document, text.get("entryExport.doc.project.evidence"), text.orEmpty(project.evidence()));
            }

            document.newPage();
            PdfOutline entries = headings.add(null, text.get("entryExport.doc.entries"), 16);
            document.add(muted(
                    text.get("entryExport.doc.entries.count", export.entries().size())));
            if (export.entries().isEmpty()) {
                document.add(paragraph(text.get("entryExport.doc.entries.none"), regular, 10, 4));
            }
            for (EntryExport.Entry entry : export.entries()) {
                headings.add(entries, text.entryHeading(entry), 13);
                for (String link : text.links(entry)) {
                    document.add(muted(link));
                }
                part(document, text.get("entryExport.doc.entry.did"), text.orEmpty(entry.did()));
                part(document, text.get("entryExport.doc.entry.happened"), text.orEmpty(entry.happened()));
                part(document, text.get("entryExport.doc.entry.learned"), text.orEmpty(entry.learned()));
                part(document, text.get("entryExport.doc.entry.nextStep"), text.orEmpty(entry.nextStep()));
                document.add(muted(text.get("entryExport.doc.entry.earlier", entry.earlierVersions())));
                if (!entry.comments().isEmpty()) {
                    document.add(paragraph(text.get("entryExport.doc.comments"), bold, 11, 8));
                    for (EntryExport.Comment comment : entry.comments()) {
                        document.add(paragraph(text.commentByline(comment), bold, 9, 4));
                        document.add(written(comment.text(), 1));
                    }
                }
            }
        } catch (DocumentException failed) {
            throw new IllegalStateException("Could not write the log export PDF", failed);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private void part(Document document, String label, String value) {
        document.add(paragraph(label, bold, 10, 8));
        document.add(written(value, 2));
    }

    /**
     * What someone wrote, laid out with the Unicode bidirectional algorithm, so that a right-to-left phrase (Hebrew,
     * say) reads right to left inside a left-to-right paragraph; a plain paragraph would draw it backwards.
     */
    private PdfPTable written(String text, float spacingBefore) {
        PdfPCell cell = new PdfPCell(new Phrase(clean(text), new Font(regular, 10)));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(3);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(spacingBefore);
        table.addCell(cell);
        return table;
    }

    /**
     * Headings that are also bookmarks, so that a reader can jump to the project or to an entry from the viewer's
     * outline.
     */
    private final class Headings {
        private final Document document;
        private final PdfWriter writer;
        private int count;

        Headings(Document document, PdfWriter writer) {
            this.document = document;
            this.writer = writer;
        }

        PdfOutline add(PdfOutline parent, String text, float size) {
            String name = "heading-" + (++count);
            String clean = clean(text);
            Chunk chunk = new Chunk(clean, new Font(bold, size));
            chunk.setLocalDestination(name);
            Paragraph heading = new Paragraph(chunk);
            heading.setSpacingBefore(16);
            heading.setSpacingAfter(4);
            heading.setKeepTogether(true);
            document.add(heading);
            return new PdfOutline(
                    parent == null ? writer.getRootOutline() : parent, PdfAction.gotoLocalPage(name, false), clean);
        }
    }

    private Paragraph muted(String text) {
        Font font = new Font(regular, 9, Font.NORMAL, MUTED);
        Paragraph paragraph = new Paragraph(new Chunk(clean(text), font));
        paragraph.setSpacingBefore(2);
        return paragraph;
    }

    private Paragraph paragraph(String text, BaseFont base, float size, float spacingBefore) {
        Paragraph paragraph = new Paragraph(new Chunk(clean(text), new Font(base, size)));
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private String clean(String text) {
        return EntryExportText.clean(text, regular::charExists, replacement);
    }

    private static BaseFont font(String file) {
        try (InputStream in = EntryExportPdf.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is not on the class path");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
