package no.samla.coaching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import no.samla.people.SamlaUser;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import no.samla.system.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * On a coach's start page: their next booked coaching sessions. One plain statement, as every signed-in start page
 * asks, coach or not: through Hibernate, finding that a leader coaches no one cost more than the panel's own query.
 */
@Component
class CoachHomeSection implements HomeSection {

    static final int SHOWN = 5;

    private static final String SQL = """
            select s.id as session_id, s.programme_id, p.name as programme_name, sl.starts_at, sl.minutes, sl.mode, sl.place,
                   s.leader_person_id, le.full_name as leader_name, s.coach_person_id, co.full_name as coach_name
              from coaching_session s
              join coaching_slot sl on sl.id = s.slot_id
              join programme p on p.id = s.programme_id
              join person le on le.id = s.leader_person_id
              join person co on co.id = s.coach_person_id
             where s.coach_person_id = :coach and s.status = 'BOOKED' and sl.starts_at >= :now
             order by sl.starts_at, s.id
             limit :limit
            """;

    private final Clock clock;

    CoachHomeSection(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public Deferred<Optional<Content>> content(Authentication authentication, ReadBatch reads) {
        if (!(authentication.getPrincipal() instanceof SamlaUser user)) {
            return Deferred.none();
        }
        return reads.query(
                        SQL,
                        Map.of("coach", user.personId(), "now", Timestamp.from(clock.instant()), "limit", SHOWN),
                        (row, i) -> BookedSessionRows.read(row))
                .map(next -> next.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Content("coaching/home :: coach", Map.of("sessions", next))));
    }
}
