package no.samla.journal.internal;

import java.time.LocalDate;
import no.samla.system.privacy.RetentionRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Clears the text of log entries in programmes that ended long enough ago: every version but the first goes, the
 * first is emptied, and comments, attachments and drafts go. The entry stays with its date, behaviour and leader, so
 * the programme's counts stay true; the entry's page says the text was cleared.
 */
@Component
class ReflectionRetention implements RetentionRule {

    private static final String DUE = """
            from log_entry e join programme p on p.id = e.programme_id
            where p.end_date < ? and e.content_cleared_at is null""";

    private final JdbcTemplate jdbc;

    ReflectionRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "reflections";
    }

    @Override
    public long countDue(LocalDate programmesEndedBefore) {
        Long due = jdbc.queryForObject("select count(*) " + DUE, Long.class, programmesEndedBefore);
        return due == null ? 0 : due;
    }

    @Override
    public long apply(LocalDate programmesEndedBefore) {
        // drafts of entries never saved hold reflections too
        jdbc.update("""
                delete from log_entry_draft d using programme p
                 where p.id = d.programme_id and p.end_date < ?""", programmesEndedBefore);
        // the entries due stay due until the last statement marks them, so each statement picks the same ones
        String due = "select e.id " + DUE;
        jdbc.update(
                "delete from log_entry_version where number > 1 and entry_id in (" + due + ")", programmesEndedBefore);
        jdbc.update("""
                update log_entry_version set did = '', happened = '', learned = '', next_step = ''
                 where entry_id in (""" + due + ")", programmesEndedBefore);
        jdbc.update("delete from log_entry_comment where entry_id in (" + due + ")", programmesEndedBefore);
        jdbc.update("delete from log_entry_attachment where entry_id in (" + due + ")", programmesEndedBefore);
        return jdbc.update(
                "update log_entry set content_cleared_at = now(), version = version + 1 where id in (" + due + ")",
                programmesEndedBefore);
    }
}
