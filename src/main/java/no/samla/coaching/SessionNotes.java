package no.samla.coaching;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes on a coaching session. Shared notes are read and written by the session's leader and coach. A private
 * note is read and written only by the coach who holds the session: every read names that coach, so no page of an
 * admin, coordinator or leader can reach one.
 */
@Service
@Transactional(readOnly = true)
public class SessionNotes {

    public static final int MAX_LENGTH = 8000;

    private final Coaching coaching;
    private final CoachingSessionRepository sessions;
    private final PrivateNoteRepository privateNotes;
    private final Clock clock;

    SessionNotes(
            Coaching coaching, CoachingSessionRepository sessions, PrivateNoteRepository privateNotes, Clock clock) {
        this.coaching = coaching;
        this.sessions = sessions;
        this.privateNotes = privateNotes;
        this.clock = clock;
    }

    /** The private note of a session, for its coach only; empty for anyone else and when there is none. */
    public Optional<String> privateNote(long personId, long sessionId) {
        return privateNotes.findBySessionIdAndCoachPersonId(sessionId, personId).map(PrivateNote::getText);
    }

    /** Writes the coach's private note; "not found" for anyone but the session's coach. */
    @Transactional
    public void writePrivateNote(long personId, long sessionId, String text) {
        CoachingSession session = coaching.sessionFor(personId, sessionId);
        if (session.getCoachPersonId() != personId) {
            throw new no.samla.system.NotFoundException("Session", sessionId);
        }
        String cleaned = clean(text);
        Optional<PrivateNote> existing = privateNotes.findBySessionIdAndCoachPersonId(sessionId, personId);
        if (cleaned == null) {
            existing.ifPresent(privateNotes::delete);
            return;
        }
        PrivateNote note = existing.orElseGet(() -> new PrivateNote(sessionId, personId));
        note.write(cleaned, clock.instant());
        privateNotes.save(note);
    }

    /** Writes the shared notes; the leader and the coach may, with a check against someone else's newer save. */
    @Transactional
    public void writeSharedNotes(long personId, long sessionId, long formVersion, String text) {
        CoachingSession session = coaching.sessionFor(personId, sessionId);
        no.samla.system.StaleEditException.check(session.getVersion(), formVersion);
        session.writeSharedNotes(clean(text));
        sessions.flush();
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A note is at most " + MAX_LENGTH + " characters");
        }
        return text.strip();
    }
}
