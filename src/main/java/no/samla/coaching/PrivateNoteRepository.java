package no.samla.coaching;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by {@link SessionNotes}; every read names the coach, so nobody else's query can reach a note. */
interface PrivateNoteRepository extends JpaRepository<PrivateNote, Long> {

    Optional<PrivateNote> findBySessionIdAndCoachPersonId(long sessionId, long coachPersonId);
}
