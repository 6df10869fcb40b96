package no.samla.journal.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samla.journal.LogEntries;
import no.samla.programme.ParticipantProgress;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.stereotype.Component;

/** For a leader's progress view: assignments done of those given (and done in time), and log entries per month. */
@Component
class StartPageProgress implements ParticipantProgress {

    private final LogEntries entries;

    StartPageProgress(LogEntries entries) {
        this.entries = entries;
    }

    /**
     * One statement in the page's read batch. An assignment is done in time when it was marked done on or before its
     * due day (Oslo time).
     */
    @Override
    public Deferred<List<Ratio>> ratios(long personId, long programmeId, LocalDate today, ReadBatch reads) {
        return reads.single(
                """
                        select count(*) as given, count(r.done_at) as done,
                               count(*) filter (where (r.done_at at time zone 'Europe/Oslo')::date <= a.due_on)
                                   as in_time
                        from assignment a
                        join assignment_recipient r on r.assignment_id = a.id
                        where r.person_id = :person and a.programme_id = :programme
                        """,
                Map.of("person", personId, "programme", programmeId),
                (rs, n) -> List.of(
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
                                rs.getLong("given"))));
    }

    /** One statement in the page's read batch: the leader's entries per month, within the months asked. */
    @Override
    public Deferred<Map<YearMonth, Long>> perMonth(
            long personId, long programmeId, YearMonth from, YearMonth to, ReadBatch reads) {
        return entries.countPerMonth(personId, programmeId, reads).map(all -> {
            Map<YearMonth, Long> counts = new HashMap<>();
            all.forEach((month, count) -> {
                if (!month.isBefore(from) && !month.isAfter(to)) {
                    counts.put(month, count);
                }
            });
            return counts;
        });
    }
}
