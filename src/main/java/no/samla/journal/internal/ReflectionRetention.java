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
    public int defaultMonths() {
        return 24;
    }

    @Override
    public long countDue(LocalDate programmesEndedBefore) {
        Long due = jdbc.queryForObject("select count(*) " + DUE, Long.class, programmesEndedBefore);
        return due == null ? 0 : due;
    }

    @Override
    public long apply(LocalDate programmesEndedBefore) {
        jdbc.update("create temporary table if not exists cleared_entry (id bigint primary key) on commit drop");
        int cleared = jdbc.update("insert into cleared_entry select e.id " + DUE, programmesEndedBefore);
        // drafts of entries never saved hold reflections too
        jdbc.update("""
                delete from log_entry_draft d using programme p
                 where p.id = d.programme_id and p.end_date < ?""", programmesEndedBefore);
        if (cleared == 0) {
            return 0;
        }
        jdbc.update("""
                delete from log_entry_version v using cleared_entry c
                 where v.entry_id = c.id and v.number > 1""");
        jdbc.update("""
                update log_entry_version v set did = '', happened = '', learned = '', next_step = ''
                  from cleared_entry c where v.entry_id = c.id""");
        jdbc.update("delete from log_entry_comment m using cleared_entry c where m.entry_id = c.id");
        jdbc.update("delete from log_entry_attachment t using cleared_entry c where t.entry_id = c.id");
        jdbc.update("""
                update log_entry e set content_cleared_at = now(), version = e.version + 1
                  from cleared_entry c where e.id = c.id""");
        return cleared;
    }
}
