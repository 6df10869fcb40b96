package no.samla.journal;

import java.time.Instant;
import java.time.LocalDate;

/** An assignment as one of its recipients sees it, with when they marked it done (null while open). */
public record LeaderAssignment(
        long id,
        long programmeId,
        AssignmentKind kind,
        String title,
        String description,
        LocalDate dueOn,
        Instant doneAt) {

    public boolean done() {
        return doneAt != null;
    }

    /** Open and due before the given day. */
    public boolean overdue(LocalDate today) {
        return doneAt == null && dueOn.isBefore(today);
    }
}
