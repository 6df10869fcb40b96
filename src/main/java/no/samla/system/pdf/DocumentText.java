package no.samla.system.pdf;

import java.text.Normalizer;
import java.util.function.IntPredicate;

/**
 * Text as exported documents (PDF, DOCX) can hold it: composed (NFC), line breaks as "\n", no control characters, no unpaired
 * surrogates or non-characters (which XML cannot carry), and, for a font, what it cannot draw replaced visibly.
 */
public final class DocumentText {

    private DocumentText() {}

    public static String clean(String text) {
        return clean(text, codePoint -> true, "");
    }

    /** Cleans the text and puts {@code replacement} for every character {@code drawable} says no to. */
    public static String clean(String text, IntPredicate drawable, String replacement) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String composed = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                out.append('\n');
            } else if (codePoint == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(codePoint)
                    || Character.getType(codePoint) == Character.SURROGATE
                    || (codePoint & 0xFFFE) == 0xFFFE) {
                // Nothing a reader could see; XML forbids most of them.
            } else if (drawable.test(codePoint)) {
                out.appendCodePoint(codePoint);
            } else if (!isFormat(codePoint)) {
                out.append(replacement);
            }
        });
        return out.toString();
    }

    /** Invisible marks (joiners, direction marks, variation selectors) a font lacks are left out, not shown as missing. */
    private static boolean isFormat(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT || (codePoint >= 0xFE00 && codePoint <= 0xFE0F);
    }
}
