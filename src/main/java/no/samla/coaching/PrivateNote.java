package no.samla.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A coach's own note on a session; read only through {@link SessionNotes#privateNote}, by its author. */
@Entity
@Table(name = "coaching_private_note")
class PrivateNote {

    @Id
    @Column(name = "session_id")
    private long sessionId;

    @Column(name = "coach_person_id")
    private long coachPersonId;

    private String text;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PrivateNote() {}

    PrivateNote(long sessionId, long coachPersonId) {
        this.sessionId = sessionId;
        this.coachPersonId = coachPersonId;
    }

    void write(String text, Instant at) {
        this.text = text;
        this.updatedAt = at;
    }

    String getText() {
        return text;
    }
}
