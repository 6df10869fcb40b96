package no.samla.system.web;

import java.text.Normalizer;
import java.util.Locale;

/** Names of downloaded files, safe in any browser and file system: lower-case ASCII letters, digits and hyphens. */
public final class FileNames {

    private FileNames() {}

    /** "Lederløft Ås 2026" gives lederloft-as-2026; at most 80 characters, never starting or ending with a hyphen. */
    public static String slug(String text) {
        String folded = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "a")
                .replace("ß", "ss");
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    /** A prefix and a name as one slug with an extension: "Logg", "Lederskolen 2027", "pdf" gives logg-lederskolen-2027.pdf. */
    public static String of(String prefix, String name, String extension) {
        String slug = slug(name);
        return slug(prefix) + (slug.isEmpty() ? "" : "-" + slug) + "." + extension;
    }
}
