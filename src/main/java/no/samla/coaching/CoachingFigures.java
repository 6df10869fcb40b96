package no.samla.coaching;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.samla.programme.ParticipantScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching as dashboards count it: sessions held (booked and started) and booked ahead against each participant's
 * quota (their own, or the programme's number per participant). Never what was said. One statement per question.
 */
@Component
@Transactional(readOnly = true)
public class CoachingFigures {

    public record ParticipantCoaching(long programmeId, long personId, long quota, long held, long ahead) {

        /** Whether any session is held or booked. */
        public boolean booked() {
            return held + ahead > 0;
        }
    }

    /** How many coaching sessions of a programme fall on a day. */
    public record SessionsOnDay(long programmeId, LocalDate date, long sessions) {}

    private final NamedParameterJdbcTemplate jdbc;

    CoachingFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ParticipantCoaching> perParticipant(ParticipantScope scope, OffsetDateTime now) {
        return jdbc.query(
                "with " + scope.participants() + """
                , sessions as (
                    select cs.programme_id, cs.leader_person_id,
                           count(*) filter (where sl.starts_at <= :now) as held,
                           count(*) filter (where sl.starts_at > :now) as ahead
                    from coaching_session cs
                    join coaching_slot sl on sl.id = cs.slot_id
                    join scoped s on s.programme_id = cs.programme_id and s.person_id = cs.leader_person_id
                    where cs.status = 'BOOKED'
                    group by cs.programme_id, cs.leader_person_id)
                select s.programme_id, s.person_id,
                       coalesce(ca.quota, p.coaching_sessions_per_participant),
                       coalesce(x.held, 0), coalesce(x.ahead, 0)
                from scoped s
                join programme p on p.id = s.programme_id
                left join coaching_assignment ca
                       on ca.programme_id = s.programme_id and ca.participant_person_id = s.person_id
                left join sessions x on x.programme_id = s.programme_id and x.leader_person_id = s.person_id
                """,
                scope.parameters().addValue("now", now),
                (rs, row) -> new ParticipantCoaching(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    }

    /** Booked sessions of the programmes per day from {@code from} up to and including {@code to}. */
    public List<SessionsOnDay> booked(List<Long> programmeIds, LocalDate from, LocalDate to) {
        return jdbc.query(
                """
                select cs.programme_id, cast(sl.starts_at at time zone 'Europe/Oslo' as date) as day, count(*)
                from coaching_session cs
                join coaching_slot sl on sl.id = cs.slot_id
                where cs.programme_id in (:programmes) and cs.status = 'BOOKED'
                  and sl.starts_at >= cast(:from as date) and sl.starts_at < cast(:to as date) + 1
                group by cs.programme_id, day
                order by day, cs.programme_id
                """,
                new MapSqlParameterSource("programmes", programmeIds)
                        .addValue("from", from)
                        .addValue("to", to),
                (rs, row) -> new SessionsOnDay(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3)));
    }
}
