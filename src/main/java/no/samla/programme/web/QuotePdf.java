package no.samla.programme.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.samla.organisation.ProviderOrganisation;
import no.samla.programme.GatheringSchedule.ScheduledGathering;
import no.samla.programme.Programme;
import no.samla.programme.Quote;
import no.samla.system.web.Dates;
import no.samla.system.web.FileNames;
import no.samla.system.web.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The quote as a PDF a municipality can attach to an application for development funds (OU-midler): the
 * programme, its provider, period, municipalities, themes and gatherings, the priced lines with VAT and
 * the date it was made, in the reader's language. Helvetica in Windows-1252 has æ, ø and å.
 */
@Component
class QuotePdf {

    private static final Color LINE = new Color(0x9a, 0xa5, 0xb1);
    private static final Color SHADE = new Color(0xee, 0xf1, 0xf4);

    private final MessageSource messages;
    private final Money money;
    private final Dates dates;

    QuotePdf(MessageSource messages, Money money, Dates dates) {
        this.messages = messages;
        this.money = money;
        this.dates = dates;
    }

    /** What goes into the document besides the programme and its quote. */
    record Content(
            Programme programme,
            ProviderOrganisation provider,
            List<String> municipalities,
            List<ScheduledGathering> gatherings,
            Quote quote,
            LocalDate madeOn) {}

    byte[] render(Content content, Locale locale) {
        Texts texts = new Texts(locale);
        Programme programme = content.programme();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            document.setDocumentLanguage(language(locale));
            document.addTitle(texts.get("quote.pdf.documentTitle", programme.getName()));
            document.addSubject(texts.get("quote.title"));
            document.addCreator("Samla");
            if (content.provider() != null) {
                document.addAuthor(content.provider().getName());
            }
            document.open();

            document.add(paragraph(texts.get("quote.title"), font(10, Font.BOLD), 0));
            Paragraph title = paragraph(programme.getName(), font(18, Font.BOLD), 10);
            title.setSpacingAfter(8);
            document.add(title);
            document.add(facts(content, texts));
            if (programme.getDescription() != null) {
                document.add(paragraph(programme.getDescription(), font(10, Font.NORMAL), 8));
            }

            document.add(heading(texts.get("quote.pdf.themes")));
            if (programme.getThemes().isEmpty()) {
                document.add(paragraph(texts.get("quote.pdf.themes.none"), font(10, Font.ITALIC), 4));
            } else {
                com.lowagie.text.List themes = new com.lowagie.text.List(com.lowagie.text.List.ORDERED, 14);
                for (String theme : programme.getThemes()) {
                    themes.add(new com.lowagie.text.ListItem(clean(theme), font(10, Font.NORMAL)));
                }
                document.add(themes);
            }

            document.add(heading(texts.get("quote.pdf.gatherings")));
            document.add(gatherings(content.gatherings(), texts));

            document.add(heading(texts.get("quote.pdf.price")));
            document.add(lines(content.quote(), texts));
            document.add(shares(content.quote(), texts));

            document.add(paragraph(texts.get("quote.note.vat"), font(9, Font.NORMAL), 12));
            document.add(paragraph(
                    texts.get(content.quote().hasEstimate() ? "quote.note.travelEstimate" : "quote.note.travel"),
                    font(9, Font.NORMAL),
                    2));
            document.add(
                    paragraph(texts.get("quote.pdf.madeOn", dates.date(content.madeOn())), font(9, Font.NORMAL), 12));
        } catch (DocumentException failed) {
            throw new IllegalStateException("Could not write the quote PDF", failed);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** An ASCII file name from the programme's name: "Lederløft Ås 2026" gives pristilbud-lederloft-as-2026.pdf. */
    String fileName(Programme programme, Locale locale) {
        return FileNames.of(messages.getMessage("quote.pdf.filePrefix", null, locale), programme.getName(), "pdf");
    }

    private PdfPTable facts(Content content, Texts texts) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 4f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        Programme programme = content.programme();
        ProviderOrganisation provider = content.provider();
        if (provider != null) {
            String name = provider.getOrgNumber() == null
                    ? provider.getName()
                    : texts.get("quote.pdf.providerWithNumber", provider.getName(), provider.getOrgNumber());
            fact(table, texts.get("quote.pdf.provider"), name);
            if (provider.getEmail() != null) {
                fact(table, texts.get("quote.pdf.contact"), provider.getEmail());
            }
        }
        fact(
                table,
                texts.get("quote.pdf.period"),
                dates.date(programme.getStartDate()) + " – " + dates.date(programme.getEndDate()));
        fact(
                table,
                texts.get("quote.pdf.municipalities"),
                content.municipalities().isEmpty()
                        ? texts.get("quote.pdf.municipalities.none")
                        : String.join(", ", content.municipalities()));
        fact(
                table,
                texts.get("quote.pdf.participants"),
                String.valueOf(content.quote().participants()));
        fact(table, texts.get("quote.pdf.madeOnLabel"), dates.date(content.madeOn()));
        return table;
    }

    private void fact(PdfPTable table, String label, String value) {
        table.addCell(cell(label, font(10, Font.BOLD), Element.ALIGN_LEFT, Rectangle.NO_BORDER));
        table.addCell(cell(value, font(10, Font.NORMAL), Element.ALIGN_LEFT, Rectangle.NO_BORDER));
    }

    private PdfPTable gatherings(List<ScheduledGathering> gatherings, Texts texts) {
        PdfPTable table = new PdfPTable(new float[] {0.6f, 4f, 2f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(header(texts.get("quote.pdf.gathering.number"), Element.ALIGN_LEFT));
        table.addCell(header(texts.get("quote.pdf.gathering.title"), Element.ALIGN_LEFT));
        table.addCell(header(texts.get("quote.pdf.gathering.date"), Element.ALIGN_LEFT));
        for (ScheduledGathering gathering : gatherings) {
            table.addCell(body(String.valueOf(gathering.number()), Element.ALIGN_LEFT));
            table.addCell(body(gathering.title(), Element.ALIGN_LEFT));
            table.addCell(body(
                    gathering.startDate().equals(gathering.endDate())
                            ? dates.date(gathering.startDate())
                            : dates.date(gathering.startDate()) + " – " + dates.date(gathering.endDate()),
                    Element.ALIGN_LEFT));
        }
        if (gatherings.isEmpty()) {
            PdfPCell none = body(texts.get("quote.pdf.gatherings.none"), Element.ALIGN_LEFT);
            none.setColspan(3);
            table.addCell(none);
        }
        return table;
    }

    private PdfPTable lines(Quote quote, Texts texts) {
        PdfPTable table = new PdfPTable(new float[] {3.2f, 3f, 1.6f, 1.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(header(texts.get("quote.column.description"), Element.ALIGN_LEFT));
        table.addCell(header(texts.get("quote.column.quantity"), Element.ALIGN_LEFT));
        table.addCell(header(texts.get("quote.column.unitPrice"), Element.ALIGN_RIGHT));
        table.addCell(header(texts.get("quote.column.amount"), Element.ALIGN_RIGHT));
        for (Quote.Line line : quote.lines()) {
            table.addCell(body(texts.get(line.descriptionKey()), Element.ALIGN_LEFT));
            table.addCell(body(texts.get(line.quantityKey(), line.quantityArguments()), Element.ALIGN_LEFT));
            table.addCell(body(line.unitPrice() == null ? "" : money.format(line.unitPrice()), Element.ALIGN_RIGHT));
            table.addCell(body(money.format(line.amount()), Element.ALIGN_RIGHT));
        }
        sum(table, texts.get("quote.sum.excludingVat"), quote.sumExcludingVat(), false);
        sum(table, texts.get("quote.sum.vat"), quote.vat(), false);
        sum(table, texts.get("quote.sum.total"), quote.totalIncludingVat(), true);
        return table;
    }

    private void sum(PdfPTable table, String label, BigDecimal amount, boolean total) {
        Font font = font(10, total ? Font.BOLD : Font.NORMAL);
        PdfPCell labelCell = cell(label, font, Element.ALIGN_LEFT, Rectangle.BOX);
        labelCell.setColspan(3);
        PdfPCell amountCell = cell(money.format(amount), font, Element.ALIGN_RIGHT, Rectangle.BOX);
        for (PdfPCell cell : List.of(labelCell, amountCell)) {
            cell.setBorderColor(LINE);
            if (total) {
                cell.setBackgroundColor(SHADE);
            }
            table.addCell(cell);
        }
    }

    private PdfPTable shares(Quote quote, Texts texts) {
        PdfPTable table = new PdfPTable(new float[] {7.8f, 1.8f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.addCell(cell(
                texts.get("quote.perParticipant", quote.participants()),
                font(10, Font.NORMAL),
                Element.ALIGN_LEFT,
                Rectangle.NO_BORDER));
        table.addCell(cell(
                money.format(quote.perParticipant()), font(10, Font.NORMAL), Element.ALIGN_RIGHT, Rectangle.NO_BORDER));
        table.addCell(cell(
                texts.get("quote.perMunicipality", quote.municipalities()),
                font(10, Font.NORMAL),
                Element.ALIGN_LEFT,
                Rectangle.NO_BORDER));
        table.addCell(cell(
                money.format(quote.perMunicipality()),
                font(10, Font.NORMAL),
                Element.ALIGN_RIGHT,
                Rectangle.NO_BORDER));
        return table;
    }

    private PdfPCell header(String text, int alignment) {
        PdfPCell cell = cell(text, font(10, Font.BOLD), alignment, Rectangle.BOX);
        cell.setBackgroundColor(SHADE);
        cell.setBorderColor(LINE);
        return cell;
    }

    private PdfPCell body(String text, int alignment) {
        PdfPCell cell = cell(text, font(10, Font.NORMAL), alignment, Rectangle.BOX);
        cell.setBorderColor(LINE);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment, int border) {
        PdfPCell cell = new PdfPCell(new Phrase(clean(text), font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(border);
        cell.setPadding(4);
        cell.setPaddingBottom(6);
        if (border == Rectangle.NO_BORDER) {
            // Text without a frame lines up with the headings.
            cell.setPaddingLeft(0);
        }
        return cell;
    }

    private static Paragraph heading(String text) {
        Paragraph heading = paragraph(text, font(13, Font.BOLD), 14);
        heading.setSpacingAfter(6);
        return heading;
    }

    private static Paragraph paragraph(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(new Chunk(clean(text), font));
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }

    /** Keeps the text within Windows-1252, which Helvetica can show: narrow spaces become no-break spaces. */
    static String clean(String text) {
        return text.replace('\u202F', Money.NO_BREAK_SPACE)
                .replace('\u2009', ' ')
                .replace('\u2212', '-');
    }

    private static String language(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nn", "en" -> locale.getLanguage();
            default -> "nb";
        };
    }

    /** Messages in the reader's language. */
    private final class Texts {
        private final Locale locale;

        Texts(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
        }
    }
}
