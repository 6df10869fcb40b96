package no.samla.networkgroup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.samla.programme.ParticipantScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Network meetings as dashboards count them: the meetings whose attendance was recorded for a participant, and at
 * how many of them they were present. One statement per question.
 */
@Component
@Transactional(readOnly = true)
public class NetworkFigures {

    public record ParticipantMeetings(long programmeId, long personId, long marked, long present) {}

    /** A planned network meeting coming up. */
    public record UpcomingMeeting(
            long programmeId, long meetingId, String groupName, int number, LocalDate date, LocalTime startTime) {}

    private final NamedParameterJdbcTemplate jdbc;

    NetworkFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ParticipantMeetings> perParticipant(ParticipantScope scope) {
        return jdbc.query(
                "with " + scope.participants() + """
                select s.programme_id, s.person_id, count(nm.id), count(nm.id) filter (where a.present)
                from scoped s
                left join network_meeting_attendance a on a.person_id = s.person_id
                left join network_meeting nm
                       on nm.id = a.meeting_id and nm.programme_id = s.programme_id and nm.status = 'PLANNED'
                group by s.programme_id, s.person_id
                """,
                scope.parameters(),
                (rs, row) -> new ParticipantMeetings(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    /** Planned meetings of the programmes from {@code from} up to and including {@code to}, soonest first. */
    public List<UpcomingMeeting> upcoming(List<Long> programmeIds, LocalDate from, LocalDate to) {
        return jdbc.query(
                """
                select nm.programme_id, nm.id, g.name, nm.number, nm.meeting_date, nm.start_time
                from network_meeting nm
                join network_group g on g.id = nm.network_group_id
                where nm.programme_id in (:programmes) and nm.status = 'PLANNED'
                  and nm.meeting_date between :from and :to
                order by nm.meeting_date, nm.start_time, nm.id
                """,
                new MapSqlParameterSource("programmes", programmeIds)
                        .addValue("from", from)
                        .addValue("to", to),
                (rs, row) -> new UpcomingMeeting(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalTime.class)));
    }
}
