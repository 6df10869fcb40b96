package no.samla.system.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
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
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One A4 document with what every Samla PDF has: title, author and language in its properties, headings that are also
 * bookmarks, and text cleaned for the embedded font. Used as {@code PdfPages.write(fonts, meta, pages -> ...)}.
 */
public final class PdfPages {

    private static final Color MUTED = new Color(0x49, 0x50, 0x57);
    private static final Color HEADER_FILL = new Color(0xE9, 0xEC, 0xEF);

    /** What the document says of itself in its properties; the language as a BCP 47 tag ("nb", "nn", "en"). */
    public record Meta(String title, String author, String subject, Locale language) {}

    private final PdfFonts fonts;
    private final Document document;
    private final PdfWriter writer;
    private int headings;

    private PdfPages(PdfFonts fonts, Document document, PdfWriter writer) {
        this.fonts = fonts;
        this.document = document;
        this.writer = writer;
    }

    /** Writes the document that {@code content} fills and returns its bytes. */
    public static byte[] write(PdfFonts fonts, Meta meta, Consumer<PdfPages> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            document.setDocumentLanguage(meta.language().toLanguageTag());
            // setDocumentLanguage only steers text layout; readers (and screen readers) take the language from /Lang.
            writer.getExtraCatalog()
                    .put(
                            com.lowagie.text.pdf.PdfName.LANG,
                            new com.lowagie.text.pdf.PdfString(meta.language().toLanguageTag()));
            document.addTitle(fonts.clean(meta.title()));
            if (meta.author() != null) {
                document.addAuthor(fonts.clean(meta.author()));
            }
            if (meta.subject() != null) {
                document.addSubject(fonts.clean(meta.subject()));
            }
            document.addCreator("Samla");
            document.open();
            content.accept(new PdfPages(fonts, document, writer));
        } catch (DocumentException failed) {
            throw new IllegalStateException("Could not write the PDF " + meta.title(), failed);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** A heading that is also a bookmark under {@code parent} (null for the top level); returns the bookmark. */
    public PdfOutline heading(PdfOutline parent, String text, float size) {
        String name = "heading-" + (++headings);
        String clean = fonts.clean(text);
        Chunk chunk = new Chunk(clean, new Font(fonts.bold(), size));
        chunk.setLocalDestination(name);
        Paragraph heading = new Paragraph(chunk);
        heading.setSpacingBefore(16);
        heading.setSpacingAfter(4);
        heading.setKeepTogether(true);
        document.add(heading);
        return new PdfOutline(
                parent == null ? writer.getRootOutline() : parent, PdfAction.gotoLocalPage(name, false), clean);
    }

    public void text(String text, float size, float spacingBefore) {
        add(paragraph(text, fonts.regular(), size, spacingBefore));
    }

    public void bold(String text, float size, float spacingBefore) {
        add(paragraph(text, fonts.bold(), size, spacingBefore));
    }

    /** Small grey text: dates, counts, notes on the figures. */
    public void muted(String text) {
        Paragraph paragraph =
                new Paragraph(new Chunk(fonts.clean(text), new Font(fonts.regular(), 9, Font.NORMAL, MUTED)));
        paragraph.setSpacingBefore(2);
        add(paragraph);
    }

    /** A label in bold and what someone wrote under it. */
    public void part(String label, String value) {
        bold(label, 10, 8);
        written(value, 2);
    }

    /**
     * What someone wrote, laid out with the Unicode bidirectional algorithm, so that a right-to-left phrase (Hebrew,
     * say) reads right to left inside a left-to-right paragraph; a plain paragraph would draw it backwards.
     */
    public void written(String text, float spacingBefore) {
        PdfPCell cell = new PdfPCell(new Phrase(fonts.clean(text), new Font(fonts.regular(), 10)));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(3);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(spacingBefore);
        table.addCell(cell);
        add(table);
    }

    /**
     * A table with a header row repeated on every page; cells after the first are right-aligned when
     * {@code numbers} is set (figures line up).
     */
    public void table(List<String> columns, List<List<String>> rows, boolean numbers) {
        List<Boolean> right = new java.util.ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            right.add(i > 0 && numbers);
        }
        table(columns, rows, right, 1);
    }

    /**
     * A table as above whose columns are right-aligned where {@code right} says so (one flag per column), and whose
     * first column, which names the row, is {@code firstColumnWeight} times as wide as each of the others.
     */
    public void table(List<String> columns, List<List<String>> rows, List<Boolean> right, float firstColumnWeight) {
        float[] widths = new float[columns.size()];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = firstColumnWeight;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (int i = 0; i < columns.size(); i++) {
            PdfPCell cell = cell(columns.get(i), fonts.bold(), right.get(i));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(cell(row.get(i), fonts.regular(), right.get(i)));
            }
        }
        add(table);
    }

    public void newPage() {
        document.newPage();
    }

    private PdfPCell cell(String text, BaseFont font, boolean right) {
        PdfPCell cell = new PdfPCell(new Phrase(fonts.clean(text), new Font(font, 9)));
        cell.setPadding(4);
        cell.setBorderColor(MUTED);
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    private Paragraph paragraph(String text, BaseFont base, float size, float spacingBefore) {
        Paragraph paragraph = new Paragraph(new Chunk(fonts.clean(text), new Font(base, size)));
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private void add(Element element) {
        document.add(element);
    }
}
