package no.samla.innovation;

import java.util.Locale;

/** Picks the text of the reader's language among the three the roadmap tables keep. */
final class Names {

    private Names() {}

    static String pick(Locale locale, String nb, String nn, String en) {
        if (locale == null) {
            return nb;
        }
        return switch (locale.getLanguage()) {
            case "nn" -> nn;
            case "en" -> en;
            default -> nb;
        };
    }
}
