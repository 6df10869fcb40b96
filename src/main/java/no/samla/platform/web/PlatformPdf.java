package no.samla.platform.web;

import com.lowagie.text.pdf.PdfOutline;
import no.samla.platform.Platforms;
import no.samla.platform.Principle;
import no.samla.system.pdf.PdfFonts;
import no.samla.system.pdf.PdfPages;
import no.samla.system.web.Dates;
import org.springframework.stereotype.Component;

/**
 * The platform as a PDF in the shared layout: title and language in its properties, one bookmark per principle, the
 * labels in the municipality's language and the principles as the group wrote them.
 */
@Component
class PlatformPdf {

    private final PdfFonts fonts;
    private final Dates dates;

    PlatformPdf(PdfFonts fonts, Dates dates) {
        this.fonts = fonts;
        this.dates = dates;
    }

    byte[] render(Platforms.Printout printout, PlatformTexts.In text) {
        String title = title(printout, text);
        PdfPages.Meta meta =
                new PdfPages.Meta(title, null, printout.view().programme().getName(), printout.language());
        return PdfPages.write(fonts, meta, pages -> {
            pages.bold(title, 20, 0);
            pages.text(printout.view().programme().getName(), 12, 6);
            pages.muted(status(printout, text));
            PdfOutline top = pages.heading(null, text.get("platform.doc.principles"), 16);
            if (printout.principles().isEmpty()) {
                pages.text(text.get("platform.doc.none"), 10, 4);
            }
            int number = 0;
            for (Principle.Texts principle : printout.principles()) {
                pages.heading(top, text.get("platform.doc.numbered", ++number, principle.title()), 13);
                part(pages, text.get("platform.doc.meaning"), principle.meaning());
                part(pages, text.get("platform.doc.practice"), principle.practice());
                part(pages, text.get("platform.doc.stopDoing"), principle.stopDoing());
            }
        });
    }

    static String title(Platforms.Printout printout, PlatformTexts.In text) {
        return printout.view().municipalityName() == null
                ? text.get("platform.doc.title")
                : text.get("platform.doc.titleFor", printout.view().municipalityName());
    }

    String status(Platforms.Printout printout, PlatformTexts.In text) {
        if (printout.versionNumber() == null) {
            return text.get("platform.doc.draft");
        }
        return printout.adoptedOn() == null
                ? text.get("platform.doc.version", printout.versionNumber())
                : text.get("platform.doc.adopted", printout.versionNumber(), dates.date(printout.adoptedOn()));
    }

    private static void part(PdfPages pages, String label, String value) {
        if (value != null && !value.isBlank()) {
            pages.part(label, value);
        }
    }
}
