package no.samla.gathering;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import no.samla.programme.ParticipantScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance as dashboards count it, one statement per question. A gathering counts as held once it has started or
 * once attendance has been recorded for it; a participant missed it when marked absent (an excused absence is not
 * missed). The rate is presences over held gatherings times participants, as in the programme report.
 */
@Component
@Transactional(readOnly = true)
public class AttendanceFigures {

    /** A participant's attendance at the held gatherings of their programme. */
    public record ParticipantAttendance(
            long programmeId, long personId, long held, long present, long absent, long excused) {}

    /** A gathering with the attendance of the scope's participants (all zero before it is held). */
    public record GatheringAttendance(
            long programmeId,
            long gatheringId,
            int number,
            String title,
            LocalDate date,
            boolean held,
            long participants,
            long present,
            long absent,
            long excused) {}

    /** A gathering coming up, for a coordinator's list of upcoming work. */
    public record UpcomingGathering(
            long programmeId, long gatheringId, int number, String title, LocalDate date, LocalTime startTime) {}

    private static final String HELD = """
            held as (
                select g.id, g.programme_id from gathering g
                where g.programme_id in (:programmes)
                  and (g.start_date + g.start_time <= :now
                       or exists (select 1 from attendance a where a.gathering_id = g.id)))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AttendanceFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ParticipantAttendance> perParticipant(ParticipantScope scope, LocalDateTime now) {
        return jdbc.query(
                "with " + scope.participants() + ", " + HELD + """
                select s.programme_id, s.person_id, count(h.id) as held,
                       count(*) filter (where a.status = 'PRESENT') as present,
                       count(*) filter (where a.status = 'ABSENT') as absent,
                       count(*) filter (where a.status = 'EXCUSED') as excused
                from scoped s
                left join held h on h.programme_id = s.programme_id
                left join attendance a on a.gathering_id = h.id and a.person_id = s.person_id
                group by s.programme_id, s.person_id
                """,
                scope.parameters().addValue("now", now),
                (rs, row) -> new ParticipantAttendance(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
    }

    /** Every gathering of the scope's programmes, by programme and number. */
    public List<GatheringAttendance> perGathering(ParticipantScope scope, LocalDateTime now) {
        return jdbc.query(
                "with " + scope.participants() + ", " + HELD + """
                select g.programme_id, g.id, g.number, g.title, g.start_date, h.id is not null as held,
                       (select count(*) from scoped s where s.programme_id = g.programme_id) as participants,
                       count(*) filter (where a.status = 'PRESENT') as present,
                       count(*) filter (where a.status = 'ABSENT') as absent,
                       count(*) filter (where a.status = 'EXCUSED') as excused
                from gathering g
                left join held h on h.id = g.id
                left join attendance a on a.gathering_id = g.id
                     and a.person_id in (select s.person_id from scoped s where s.programme_id = g.programme_id)
                where g.programme_id in (:programmes)
                group by g.id, h.id
                order by g.programme_id, g.number
                """,
                scope.parameters().addValue("now", now),
                (rs, row) -> new GatheringAttendance(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getBoolean(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10)));
    }

    /** The gatherings of the programmes from {@code from} up to and including {@code to}, soonest first. */
    public List<UpcomingGathering> upcoming(List<Long> programmeIds, LocalDate from, LocalDate to) {
        return jdbc.query(
                """
                select g.programme_id, g.id, g.number, g.title, g.start_date, g.start_time from gathering g
                where g.programme_id in (:programmes) and g.start_date between :from and :to
                order by g.start_date, g.start_time, g.id
                """,
                new MapSqlParameterSource("programmes", programmeIds)
                        .addValue("from", from)
                        .addValue("to", to),
                (rs, row) -> new UpcomingGathering(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalTime.class)));
    }
}
