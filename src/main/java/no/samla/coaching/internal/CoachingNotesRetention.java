package no.samla.coaching.internal;

import java.time.LocalDate;
import no.samla.system.privacy.RetentionRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Clears what was written about a leader in coaching, in programmes that ended long enough ago: coaches' private
 * notes go and the shared notes of sessions are emptied. The sessions stay with their leader, coach, time and status,
 * so the programme's and the usage figures' counts stay true.
 */
@Component
class CoachingNotesRetention implements RetentionRule {

    private static final String DUE_NOTES = """
            from coaching_private_note n join coaching_session s on s.id = n.session_id
             join programme p on p.id = s.programme_id
            where p.end_date < ?""";

    private static final String DUE_SESSIONS = """
            from coaching_session s join programme p on p.id = s.programme_id
            where p.end_date < ? and s.shared_notes is not null""";

    private final JdbcTemplate jdbc;

    CoachingNotesRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "coaching-notes";
    }

    @Override
    public long countDue(LocalDate programmesEndedBefore) {
        Long due = jdbc.queryForObject(
                "select (select count(*) " + DUE_NOTES + ") + (select count(*) " + DUE_SESSIONS + ")",
                Long.class,
                programmesEndedBefore,
                programmesEndedBefore);
        return due == null ? 0 : due;
    }

    @Override
    public long apply(LocalDate programmesEndedBefore) {
        int notes = jdbc.update("""
                delete from coaching_private_note n using coaching_session s, programme p
                 where s.id = n.session_id and p.id = s.programme_id and p.end_date < ?""", programmesEndedBefore);
        int shared = jdbc.update("""
                update coaching_session s set shared_notes = null, version = s.version + 1
                  from programme p
                 where p.id = s.programme_id and p.end_date < ? and s.shared_notes is not null""", programmesEndedBefore);
        return notes + shared;
    }
}
