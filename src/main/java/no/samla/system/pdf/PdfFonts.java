package no.samla.system.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Liberation Sans, embedded (only the characters used), so Norwegian and most European, Greek and Cyrillic text shows
 * as written. Loaded once: reading the font files for every document would cost more than writing the document.
 */
@Component
public class PdfFonts {

    /** What stands for a character the font does not have: a box, as viewers draw for a missing glyph. */
    public static final int WHITE_SQUARE = 0x25A1;

    private final BaseFont regular;
    private final BaseFont bold;
    private final String replacement;

    public PdfFonts() {
        this.regular = load("LiberationSans-Regular.ttf");
        this.bold = load("LiberationSans-Bold.ttf");
        this.replacement = regular.charExists(WHITE_SQUARE) ? Character.toString(WHITE_SQUARE) : "?";
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    /** The text cleaned for the font: a character it cannot draw (an emoji, say) becomes a visible box. */
    public String clean(String text) {
        return DocumentText.clean(text, regular::charExists, replacement);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
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
