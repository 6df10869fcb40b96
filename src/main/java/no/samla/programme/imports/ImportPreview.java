package no.samla.programme.imports;

import java.io.Serializable;
import java.util.List;
import no.samla.people.Sector;

/**
 * A checked import file, as the preview shows it and the session keeps it until it is confirmed. Its id
 * ties the confirm button to this preview, so an older tab cannot confirm a newer file.
 */
public record ImportPreview(String id, long programmeId, String fileName, List<CheckedRow> rows)
        implements Serializable {

    /** Something that stops a row from being imported: a message key and the value it names, if any. */
    public record Problem(String key, String argument) implements Serializable {

        public static Problem of(String key) {
            return new Problem(key, null);
        }
    }

    /**
     * A row with what the check found: the municipality its number names, the sector it means, the
     * person its e-mail already belongs to, and its problems.
     */
    public record CheckedRow(
            ImportRow row,
            Long municipalityId,
            String municipalityLabel,
            Sector sector,
            Long existingPersonId,
            List<Problem> problems)
            implements Serializable {

        public boolean isExistingPerson() {
            return existingPersonId != null;
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    public int size() {
        return rows.size();
    }

    public long newPeople() {
        return rows.stream().filter(row -> !row.isExistingPerson()).count();
    }

    public long existingPeople() {
        return rows.stream().filter(CheckedRow::isExistingPerson).count();
    }

    public long rowsWithProblems() {
        return rows.stream().filter(CheckedRow::hasProblems).count();
    }

    public boolean hasProblems() {
        return rowsWithProblems() > 0;
    }
}
