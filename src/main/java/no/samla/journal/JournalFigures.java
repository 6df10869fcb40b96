package no.samla.journal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.samla.programme.ParticipantScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Between-session work as dashboards count it: how many log entries, when the last one was written, assignments
 * given, done and done on time. Counts and dates only; private entries count like shared ones and nobody's text is
 * read. One statement per question.
 */
@Component
@Transactional(readOnly = true)
public class JournalFigures {

    /** Days back that count as "active lately". */
    public static final int ACTIVE_DAYS = 30;

    /**
     * A participant's work: entries in all, entries in the last {@link #ACTIVE_DAYS} days up to today, the date of
     * the latest entry (null if none), assignments given, done, done by their due date, and open past their due date.
     */
    public record ParticipantWork(
            long programmeId,
            long personId,
            long entries,
            long recentEntries,
            LocalDate lastEntry,
            long assignments,
            long done,
            long onTime,
            long overdue) {

        public boolean active() {
            return recentEntries > 0;
        }
    }

    /** Log entries written in a month by the scope's participants of a programme, and by how many of them. */
    public record MonthlyEntries(long programmeId, YearMonth month, long entries, long writers) {}

    /** An assignment due soon, with how many it was given to and how many have done it. */
    public record DueAssignment(
            long programmeId, long assignmentId, String title, LocalDate dueOn, long recipients, long done) {}

    private final NamedParameterJdbcTemplate jdbc;

    JournalFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ParticipantWork> perParticipant(ParticipantScope scope, LocalDate today) {
        return jdbc.query(
                "with " + scope.participants() + """
                , entries as (
                    select le.programme_id, le.person_id, count(*) as entries,
                           count(*) filter (where le.entry_date > :since and le.entry_date <= :today) as recent,
                           max(le.entry_date) as last_entry
                    from log_entry le
                    join scoped s on s.programme_id = le.programme_id and s.person_id = le.person_id
                    group by le.programme_id, le.person_id),
                given as (
                    select a.programme_id, ar.person_id, count(*) as assignments,
                           count(ar.done_at) as done,
                           count(*) filter (where cast(ar.done_at at time zone 'Europe/Oslo' as date) <= a.due_on)
                               as on_time,
                           count(*) filter (where ar.done_at is null and a.due_on < :today) as overdue
                    from assignment a
                    join assignment_recipient ar on ar.assignment_id = a.id
                    join scoped s on s.programme_id = a.programme_id and s.person_id = ar.person_id
                    group by a.programme_id, ar.person_id)
                select s.programme_id, s.person_id, coalesce(e.entries, 0), coalesce(e.recent, 0), e.last_entry,
                       coalesce(g.assignments, 0), coalesce(g.done, 0), coalesce(g.on_time, 0),
                       coalesce(g.overdue, 0)
                from scoped s
                left join entries e on e.programme_id = s.programme_id and e.person_id = s.person_id
                left join given g on g.programme_id = s.programme_id and g.person_id = s.person_id
                """,
                scope.parameters().addValue("today", today).addValue("since", today.minusDays(ACTIVE_DAYS)),
                (rs, row) -> new ParticipantWork(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9)));
    }

    /** Entries per programme and month from {@code from} to {@code to} (whole months), months without entries left out. */
    public List<MonthlyEntries> perMonth(ParticipantScope scope, YearMonth from, YearMonth to) {
        return jdbc.query(
                "with " + scope.participants() + """
                select le.programme_id, cast(date_trunc('month', le.entry_date) as date) as month, count(*),
                       count(distinct le.person_id)
                from log_entry le
                join scoped s on s.programme_id = le.programme_id and s.person_id = le.person_id
                where le.entry_date >= :from and le.entry_date <= :to
                group by le.programme_id, month
                order by le.programme_id, month
                """,
                scope.parameters().addValue("from", from.atDay(1)).addValue("to", to.atEndOfMonth()),
                (rs, row) -> new MonthlyEntries(
                        rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3), rs.getLong(4)));
    }

    /** Assignments of the programmes due from {@code from} up to and including {@code to}, soonest first. */
    public List<DueAssignment> due(List<Long> programmeIds, LocalDate from, LocalDate to) {
        return jdbc.query(
                """
                select a.programme_id, a.id, a.title, a.due_on, count(ar.person_id), count(ar.done_at)
                from assignment a
                left join assignment_recipient ar on ar.assignment_id = a.id
                where a.programme_id in (:programmes) and a.due_on between :from and :to
                group by a.id
                order by a.due_on, a.id
                """,
                new MapSqlParameterSource("programmes", programmeIds)
                        .addValue("from", from)
                        .addValue("to", to),
                (rs, row) -> new DueAssignment(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getLong(5),
                        rs.getLong(6)));
    }
}
