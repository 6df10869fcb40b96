package no.samla.journal.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samla.journal.LogEntries;
import no.samla.programme.ParticipantProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For a leader's progress view: assignments done of those given (and done in time), and log entries per month. */
@Component
class StartPageProgress implements ParticipantProgress {

    private final JdbcClient jdbc;
    private final LogEntries entries;

    StartPageProgress(JdbcClient jdbc, LogEntries entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    /** One query. An assignment is done in time when it was marked done on or before its due day (Oslo time). */
    @Override
    @Transactional(readOnly = true)
    public List<Ratio> ratios(long personId, long programmeId, LocalDate today) {
        return jdbc.sql("""
                        select count(*) as given, count(r.done_at) as done,
                               count(*) filter (where (r.done_at at time zone 'Europe/Oslo')::date <= a.due_on)
                                   as in_time
                        from assignment a
                        join assignment_recipient r on r.assignment_id = a.id
                        where r.person_id = :person and a.programme_id = :programme
                        """)
                .param("person", personId)
                .param("programme", programmeId)
                .query((rs, n) -> List.of(
                        new Ratio(
                                20,
                                "myprogramme.progress.assignments",
                                "myprogramme.progress.assignments.summary",
                                rs.getLong("done"),
                                rs.getLong("given")),
                        new Ratio(
                                30,
                                "myprogramme.progress.inTime",
                                "myprogramme.progress.inTime.summary",
                                rs.getLong("in_time"),
                                rs.getLong("given"))))
                .single();
    }

    /** One query: the leader's log entries in the programme per month of their entry date, within the months asked. */
    @Override
    @Transactional(readOnly = true)
    public Map<YearMonth, Long> perMonth(long personId, long programmeId, YearMonth from, YearMonth to) {
        Map<YearMonth, Long> counts = new HashMap<>();
        entries.countPerMonth(personId, programmeId).forEach((month, count) -> {
            if (!month.isBefore(from) && !month.isAfter(to)) {
                counts.put(month, count);
            }
        });
        return counts;
    }
}
