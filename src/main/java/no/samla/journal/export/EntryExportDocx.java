package no.samla.journal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import no.samla.system.pdf.DocumentText;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * The export as a Word document the leader can go on editing. Headings use the built-in styles "Title",
 * "heading 1" and "heading 2", so that screen readers and the navigation pane see the structure, and the document
 * language follows the reader's.
 */
@Component
class EntryExportDocx {

    private final EntryExportTexts texts;

    EntryExportDocx(EntryExportTexts texts) {
        this.texts = texts;
    }

    byte[] render(EntryExport export, Locale locale) {
        EntryExportTexts.In text = texts.in(locale);
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = document.createStyles();
            styles.setSpellingLanguage(EntryExportTexts.languageWithRegion(locale));
            styles.addStyle(style("Title", "Title", 0, 48));
            styles.addStyle(style("Heading1", "heading 1", 1, 32));
            styles.addStyle(style("Heading2", "heading 2", 2, 26));
            var core = document.getProperties().getCoreProperties();
            core.setTitle(clean(text.documentTitle(export)));
            core.setCreator(clean(export.leaderName()));
            core.setSubjectProperty(clean(text.get("entryExport.doc.subject", export.programmeName())));
            core.getUnderlyingProperties().setLanguageProperty(EntryExportTexts.languageWithRegion(locale));

            styled(document, "Title", export.leaderName());
            bold(document, export.programmeName());
            plain(document, text.get("entryExport.doc.exportedOnText", text.date(export.exportedOn())));
            plain(document, text.get("entryExport.doc.ownOnly"));

            styled(document, "Heading1", text.get("entryExport.doc.project"));
            EntryExport.Project project = export.project();
            if (project == null) {
                plain(document, text.get("entryExport.doc.project.none"));
            } else {
                plain(document, text.projectVersions(project));
                part(document, text.get("entryExport.doc.project.goal"), text.orEmpty(project.goal()));
                part(document, text.get("entryExport.doc.project.why"), text.orEmpty(project.why()));
                part(document, text.get("entryExport.doc.project.behaviour"), text.behaviour(project.behaviour()));
                part(document, text.get("entryExport.doc.project.practice"), text.orEmpty(project.practice()));
                part(document, text.get("entryExport.doc.project.evidence"), text.orEmpty(project.evidence()));
            }

            XWPFParagraph entries = styled(document, "Heading1", text.get("entryExport.doc.entries"));
            entries.setPageBreak(true);
            plain(
                    document,
                    text.get("entryExport.doc.entries.count", export.entries().size()));
            if (export.entries().isEmpty()) {
                plain(document, text.get("entryExport.doc.entries.none"));
            }
            for (EntryExport.Entry entry : export.entries()) {
                styled(document, "Heading2", text.entryHeading(entry));
                for (String link : text.links(entry)) {
                    plain(document, link);
                }
                part(document, text.get("entryExport.doc.entry.did"), text.orEmpty(entry.did()));
                part(document, text.get("entryExport.doc.entry.happened"), text.orEmpty(entry.happened()));
                part(document, text.get("entryExport.doc.entry.learned"), text.orEmpty(entry.learned()));
                part(document, text.get("entryExport.doc.entry.nextStep"), text.orEmpty(entry.nextStep()));
                plain(document, text.get("entryExport.doc.entry.earlier", entry.earlierVersions()));
                if (!entry.comments().isEmpty()) {
                    bold(document, text.get("entryExport.doc.comments"));
                    for (EntryExport.Comment comment : entry.comments()) {
                        XWPFParagraph paragraph = bold(document, text.commentByline(comment));
                        paragraph.setSpacingAfter(0);
                        plain(document, comment.text());
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void part(XWPFDocument document, String label, String value) {
        bold(document, label).setSpacingAfter(0);
        plain(document, value);
    }

    private static XWPFParagraph styled(XWPFDocument document, String styleId, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(styleId);
        write(paragraph.createRun(), text);
        return paragraph;
    }

    private static XWPFParagraph bold(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        write(run, text);
        return paragraph;
    }

    private static XWPFParagraph plain(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        write(paragraph.createRun(), text);
        return paragraph;
    }

    /** Writes the text with its line breaks as breaks in the run. */
    private static void write(XWPFRun run, String text) {
        String[] lines = clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    /** A paragraph style with a built-in name Word knows, at an outline level (0 for none). */
    private static XWPFStyle style(String id, String name, int outlineLevel, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel == 0 ? 10 : 9));
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        if (outlineLevel > 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel - 1));
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(style);
    }

    private static String clean(String text) {
        return DocumentText.clean(text);
    }
}
