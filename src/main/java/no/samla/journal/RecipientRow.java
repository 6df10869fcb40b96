package no.samla.journal;

import java.time.Instant;

/** One recipient of an assignment, with when they marked it done (null while open). */
public record RecipientRow(long personId, String fullName, Instant doneAt) {

    public boolean done() {
        return doneAt != null;
    }
}
