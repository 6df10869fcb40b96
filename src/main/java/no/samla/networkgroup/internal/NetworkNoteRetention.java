package no.samla.networkgroup.internal;

import java.time.LocalDate;
import no.samla.system.privacy.RetentionRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes the notes shared in the network meetings of programmes that ended long enough ago. Nothing counts notes, so
 * they go whole; the meetings and their attendance stay, so the programme's figures stay true.
 */
@Component
class NetworkNoteRetention implements RetentionRule {

    /** The notes {@code n} of programmes that ended before the date, the argument. */
    private static final String DUE = """
            exists (select 1 from network_meeting m join programme p on p.id = m.programme_id
                     where m.id = n.meeting_id and p.end_date < ?)""";

    private final JdbcTemplate jdbc;

    NetworkNoteRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "network-meeting-notes";
    }

    @Override
    public long countDue(LocalDate programmesEndedBefore) {
        Long due = jdbc.queryForObject(
                "select count(*) from network_meeting_note n where " + DUE, Long.class, programmesEndedBefore);
        return due == null ? 0 : due;
    }

    @Override
    public long apply(LocalDate programmesEndedBefore) {
        return jdbc.update("delete from network_meeting_note n where " + DUE, programmesEndedBefore);
    }
}
