package no.samla.coaching.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.samla.programme.ProgrammeActivities;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching on the programme's timeline, as booked sessions counted per week (never who: municipality admins see the
 * timeline), and in its quote as the sessions the participants' quotas add up to, overrides included.
 */
@Component
@Transactional(readOnly = true)
class CoachingActivities implements ProgrammeActivities {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcTemplate jdbc;

    CoachingActivities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TimelineEntry> timelineEntries(long programmeId) {
        return jdbc.query(
                "select cast(date_trunc('week', sl.starts_at at time zone 'Europe/Oslo') as date), count(*)"
                        + " from coaching_session s join coaching_slot sl on sl.id = s.slot_id"
                        + " where s.programme_id = ? and s.status = 'BOOKED' group by 1 order by 1",
                (rs, row) -> {
                    LocalDate week = rs.getDate(1).toLocalDate();
                    return new TimelineEntry(
                            week,
                            "COACHING",
                            "timeline.coaching",
                            List.of(rs.getLong(2), DATE.format(week)),
                            null,
                            null,
                            null);
                },
                programmeId);
    }

    /** The sum of the participants' quotas, when a quota of its own is set for anyone; else the plan holds. */
    @Override
    public ActualCounts quoteCounts(long programmeId) {
        return jdbc.query(
                "select coalesce(sum(coalesce(ca.quota, p.coaching_sessions_per_participant)), 0),"
                        + " count(ca.quota) from participation pa"
                        + " join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'"
                        + " join programme p on p.id = pa.programme_id"
                        + " left join coaching_assignment ca on ca.programme_id = pa.programme_id"
                        + " and ca.participant_person_id = pa.person_id"
                        + " where pa.programme_id = ? and pa.left_on is null",
                rs -> {
                    rs.next();
                    return rs.getLong(2) == 0
                            ? new ActualCounts(null, null)
                            : new ActualCounts(null, (int) rs.getLong(1));
                },
                programmeId);
    }
}
