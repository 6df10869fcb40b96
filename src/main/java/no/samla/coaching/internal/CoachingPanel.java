package no.samla.coaching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.samla.coaching.LeaderProgramme;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.stereotype.Component;

/**
 * On a leader's programme page: their next coaching session and sessions used of their quota, and their development
 * project (written or not, with its goal). One statement in the page's read batch: every leader's start page shows this panel.
 */
@Component
class CoachingPanel implements ParticipantPanel {

    /**
     * The leader's coaching in a programme they take part in as a participant (the rule of
     * {@code CoachingAssignmentRepository.programmesOfParticipant}), with the sessions that count against the quota
     * (as {@code Coaching.used}), the next booked session from now and the goal of the project's latest version.
     */
    private static final String SQL = """
            select p.id as programme_id, p.name as programme_name, p.coaching_sessions_per_participant, ca.quota,
                   ca.coach_person_id as assigned_coach_id, c.full_name as assigned_coach_name,
                   (select count(*) from coaching_session s
                     where s.programme_id = p.id and s.leader_person_id = pa.person_id and s.status = 'BOOKED') as used,
                   n.id as session_id, n.starts_at, n.minutes, n.mode, n.place, n.coach_person_id, n.coach_name,
                   pa.person_id as leader_person_id, le.full_name as leader_name,
                   (select v.goal from development_project_version v
                      join development_project dp on dp.id = v.project_id
                     where dp.programme_id = p.id and dp.person_id = pa.person_id
                     order by v.number desc limit 1) as goal
              from participation pa
              join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
              join programme p on p.id = pa.programme_id
              join person le on le.id = pa.person_id
              left join coaching_assignment ca on ca.programme_id = p.id and ca.participant_person_id = pa.person_id
              left join person c on c.id = ca.coach_person_id
              left join lateral (
                   select s.id, sl.starts_at, sl.minutes, sl.mode, sl.place, s.coach_person_id, co.full_name as coach_name
                     from coaching_session s
                     join coaching_slot sl on sl.id = s.slot_id
                     join person co on co.id = s.coach_person_id
                    where s.programme_id = p.id and s.leader_person_id = pa.person_id and s.status = 'BOOKED'
                      and sl.starts_at >= :now
                    order by sl.starts_at, s.id
                    limit 1) n on true
             where pa.person_id = :person and pa.programme_id = :programme and pa.left_on is null
            """;

    private final Clock clock;

    CoachingPanel(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Deferred<Optional<Content>> content(SamlaUser user, ParticipantProgramme programme, ReadBatch reads) {
        return reads.query(
                        SQL,
                        Map.of(
                                "person", user.personId(),
                                "programme", programme.id(),
                                "now", Timestamp.from(clock.instant())),
                        (row, i) -> model(row))
                .map(rows -> rows.stream()
                        .findFirst()
                        .map(model -> new Content("coaching/my-programme :: coaching", model)));
    }

    private static Map<String, Object> model(ResultSet row) throws SQLException {
        Map<String, Object> model = new HashMap<>();
        model.put(
                "programme",
                new LeaderProgramme(
                        row.getLong("programme_id"),
                        row.getString("programme_name"),
                        row.getInt("coaching_sessions_per_participant"),
                        row.getObject("quota", Integer.class),
                        row.getObject("assigned_coach_id", Long.class),
                        row.getString("assigned_coach_name")));
        model.put("used", row.getLong("used"));
        model.put("next", row.getObject("session_id") == null ? null : BookedSessionRows.read(row));
        model.put("goal", row.getString("goal"));
        return model;
    }
}
