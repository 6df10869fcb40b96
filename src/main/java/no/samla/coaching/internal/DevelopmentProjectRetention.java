package no.samla.coaching.internal;

import java.time.LocalDate;
import no.samla.system.privacy.RetentionRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes leaders' development projects, with every version, in programmes that ended long enough ago: the project is
 * the leader's own reflection, like a log entry, and no count in the programme's figures or reports reads it. Log
 * entries written about a project keep their own text, without the link.
 */
@Component
class DevelopmentProjectRetention implements RetentionRule {

    private final JdbcTemplate jdbc;

    DevelopmentProjectRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "development-projects";
    }

    @Override
    public long countDue(LocalDate programmesEndedBefore) {
        Long due = jdbc.queryForObject("""
                select count(*) from development_project d join programme p on p.id = d.programme_id
                 where p.end_date < ?""", Long.class, programmesEndedBefore);
        return due == null ? 0 : due;
    }

    @Override
    public long apply(LocalDate programmesEndedBefore) {
        return jdbc.update("""
                delete from development_project d using programme p
                 where p.id = d.programme_id and p.end_date < ?""", programmesEndedBefore);
    }
}
