package no.samla.coaching.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samla.system.privacy.ErasureCounts;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Coaching as a leader (the coach given, sessions booked, the development project and what the coach noted about
 * them) and as a coach (slots offered, sessions held, own notes). Erasure deletes the leader's development project and
 * every coach's private note about the leader, clears the notes of the leader's sessions and keeps the sessions, since
 * the programme and the coach count them; a coach's own private notes go, since no one else may read them, and the
 * coach's slots, sessions and assignments stay for the leaders and the programme.
 */
@Component
class CoachingPersonalData implements PersonalDataHolder {

    static final String SECTION = "coaching";

    private final NamedParameterJdbcTemplate jdbc;

    CoachingPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of(
                "coaching_private_note.coach_person_id",
                "coaching_assignment.participant_person_id",
                "coaching_assignment.coach_person_id",
                "coaching_slot.coach_person_id",
                "coaching_session.leader_person_id",
                "coaching_session.coach_person_id",
                "development_project.person_id");
    }

    @Override
    public void export(long personId, PersonalDataExport export) {
        Map<String, Long> person = Map.of("p", personId);
        export.add(SECTION, "coaching-assignment", jdbc.queryForList("""
                select p.name as programme, leader.full_name as participant, coach.full_name as coach, a.quota
                  from coaching_assignment a
                  join programme p on p.id = a.programme_id
                  join person leader on leader.id = a.participant_person_id
                  left join person coach on coach.id = a.coach_person_id
                 where a.participant_person_id = :p or a.coach_person_id = :p
                 order by p.name, leader.full_name""", person));
        export.add(SECTION, "coaching-slot", jdbc.queryForList("""
                select p.name as programme, s.starts_at, s.minutes, s.mode, s.place, s.created_at
                  from coaching_slot s join programme p on p.id = s.programme_id
                 where s.coach_person_id = :p
                 order by s.starts_at, s.id""", person));
        String sessions = """
                select s.id, p.name as programme, leader.full_name as leader, coach.full_name as coach, sl.starts_at,
                       sl.minutes, sl.mode, sl.place, s.status, s.booked_at, s.cancelled_at, s.shared_notes
                  from coaching_session s
                  join coaching_slot sl on sl.id = s.slot_id
                  join programme p on p.id = s.programme_id
                  join person leader on leader.id = s.leader_person_id
                  join person coach on coach.id = s.coach_person_id
                 where s.%s = :p
                 order by sl.starts_at, s.id""";
        export.add(SECTION, "coaching-session", jdbc.queryForList(sessions.formatted("leader_person_id"), person));
        export.add(SECTION, "coaching-session-held", jdbc.queryForList(sessions.formatted("coach_person_id"), person));
        // The coach's private notes are the coach's working notes: the coach gets their text, the leader learns that
        // they exist and when they were written, not what they say (as the note field promises the coach).
        String notes = """
                select n.session_id, leader.full_name as leader, coach.full_name as coach, %s n.updated_at
                  from coaching_private_note n
                  join coaching_session s on s.id = n.session_id
                  join person leader on leader.id = s.leader_person_id
                  join person coach on coach.id = n.coach_person_id
                 where %s = :p
                 order by n.session_id""";
        export.add(
                SECTION,
                "coaching-private-note",
                jdbc.queryForList(notes.formatted("n.text,", "n.coach_person_id"), person));
        export.add(
                SECTION,
                "coaching-note-about-person",
                jdbc.queryForList(notes.formatted("", "s.leader_person_id"), person));
        export.add(SECTION, "development-project", jdbc.queryForList("""
                select d.id, p.name as programme, d.share_with_coach, d.share_with_network_group,
                       d.share_with_coordinators, d.created_at
                  from development_project d join programme p on p.id = d.programme_id
                 where d.person_id = :p
                 order by d.created_at, d.id""", person));
        export.add(SECTION, "development-project-version", jdbc.queryForList("""
                select v.project_id, v.number, v.goal, v.why, v.behaviour, v.practice, v.evidence, v.created_at
                  from development_project_version v join development_project d on d.id = v.project_id
                 where d.person_id = :p
                 order by v.project_id, v.number""", person));
    }

    @Override
    public List<ErasureLine> previewErasure(long personId) {
        return ErasureCounts.of(jdbc.getJdbcTemplate(), personId)
                .kept(
                        "coaching-assignment",
                        "coaching_assignment where participant_person_id = ? or coach_person_id = ?",
                        "programme-record")
                .kept("coaching-slot", "coaching_slot where coach_person_id = ?", "programme-record")
                .anonymised("coaching-session", "coaching_session where leader_person_id = ?", "coaching-record")
                .kept("coaching-session-held", "coaching_session where coach_person_id = ?", "others-conversation")
                .deleted("coaching-private-note", "coaching_private_note where coach_person_id = ?", "own-writing")
                .add("coaching-note-about-person", ErasureLine.Treatment.DELETED, """
                        coaching_private_note n join coaching_session s on s.id = n.session_id
                         where s.leader_person_id = ? and n.coach_person_id <> ?""", "notes-about-person")
                .deleted("development-project", "development_project where person_id = ?", "own-writing")
                .lines();
    }

    @Override
    public void erase(long personId) {
        Map<String, Long> person = Map.of("p", personId);
        jdbc.update("""
                delete from coaching_private_note n using coaching_session s
                 where s.id = n.session_id and (n.coach_person_id = :p or s.leader_person_id = :p)""", person);
        jdbc.update("""
                update coaching_session set shared_notes = null, version = version + 1
                 where leader_person_id = :p""", person);
        // the versions go with the project; log entries about it keep their text without the link
        jdbc.update("delete from development_project where person_id = :p", person);
    }
}
