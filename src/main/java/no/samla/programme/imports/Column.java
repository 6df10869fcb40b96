package no.samla.programme.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns an import file may have, recognised by their heading in Norwegian or English without
 * regard to case, spaces, hyphens or underscores ("E-post", "e_post" and "EPOST" are the same).
 */
enum Column {
    NAME(true, "navn", "name", "fulltnavn", "fullname"),
    EMAIL(true, "epost", "email", "mail", "epostadresse", "emailaddress"),
    TITLE(false, "stilling", "title", "jobtitle"),
    MUNICIPALITY_NUMBER(true, "kommunenummer", "kommunenr", "municipalitynumber", "municipalityno"),
    UNIT(false, "enhet", "unit"),
    SECTOR(false, "sektor", "sector"),
    LEADER_GROUP(false, "ledergruppe", "leadergroup");

    private final boolean required;
    private final Set<String> headings;

    Column(boolean required, String... headings) {
        this.required = required;
        this.headings = Set.of(headings);
    }

    boolean isRequired() {
        return required;
    }

    /** The message key of the column's name, as the page and the error messages show it. */
    String messageKey() {
        return "import.column." + name();
    }

    static Optional<Column> forHeading(String heading) {
        String normalised = normalise(heading);
        for (Column column : values()) {
            if (column.headings.contains(normalised)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String heading) {
        StringBuilder letters = new StringBuilder();
        heading.strip()
                .toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(letters::appendCodePoint);
        return letters.toString();
    }
}
