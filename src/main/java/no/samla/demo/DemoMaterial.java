package no.samla.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Files for the demo's material, generated so that no binary needs to live in the repository. */
final class DemoMaterial {

    private DemoMaterial() {}

    /** A one-page PDF with questions to think about before a gathering. */
    static byte[] preparationPdf(String programmeName, String gatheringTitle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle("Forberedelse: " + gatheringTitle);
        document.open();
        document.add(new Paragraph(programmeName, FontFactory.getFont(FontFactory.HELVETICA, 11, Font.NORMAL)));
        document.add(new Paragraph(
                "Forberedelse: " + gatheringTitle, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, Font.BOLD)));
        document.add(new Paragraph(" "));
        for (String question : List.of(
                "1. Hva er den viktigste lederutfordringen i enheten din akkurat nå?",
                "2. Når lyktes du sist med å få med deg medarbeiderne på en endring? Hva gjorde du?",
                "3. Hva vil du at medarbeiderne skal si om deg som leder om et år?",
                "4. Ta med ett konkret eksempel fra egen hverdag til casearbeidet.")) {
            document.add(new Paragraph(question, FontFactory.getFont(FontFactory.HELVETICA, 11, Font.NORMAL)));
        }
        document.close();
        return out.toByteArray();
    }
}
