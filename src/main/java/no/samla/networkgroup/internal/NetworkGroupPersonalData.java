package no.samla.networkgroup.internal;

import java.util.List;
import java.util.Set;
import no.samla.system.privacy.ErasureCounts;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The network groups a person was in or placed in by a draft, the drafts they last edited, the meetings they
 * facilitated or attended and the notes they shared. Erasure keeps it all, pointing to the anonymised person: who met
 * whom guides the next composition, attendance counts in the programme's figures, and a note belongs to the group's
 * conversation. {@link NetworkNoteRetention} clears the notes once the programme is long over.
 */
@Component
class NetworkGroupPersonalData implements PersonalDataHolder {

    static final String SECTION = "networkgroup";

    /** A meeting as people name it: programme, group and the meeting's number and day. */
    private static final String MEETING = """
            p.name as programme, ng.name as network_group, m.number as meeting_number, m.meeting_date""";

    private static final String MEETING_JOINS = """
              join network_meeting m on m.id = x.meeting_id
              join network_group ng on ng.id = m.network_group_id
              join programme p on p.id = m.programme_id
            """;

    private final JdbcTemplate jdbc;

    NetworkGroupPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of(
                "network_group_member.person_id",
                "network_group_placement.person_id",
                "network_group_proposal.updated_by_person_id",
                "network_meeting.facilitator_person_id",
                "network_meeting_attendance.person_id",
                "network_meeting_note.author_person_id");
    }

    @Override
    public void export(long personId, PersonalDataExport export) {
        export.add(SECTION, "network-group-member", jdbc.queryForList("""
                select p.name as programme, ng.number, ng.name as network_group, ng.status, x.joined_on, x.left_on
                  from network_group_member x
                  join network_group ng on ng.id = x.network_group_id
                  join programme p on p.id = ng.programme_id
                 where x.person_id = ?
                 order by x.joined_on, x.id""", personId));
        export.add(SECTION, "network-group-placement", jdbc.queryForList("""
                select p.name as programme, x.group_number, x.locked
                  from network_group_placement x join programme p on p.id = x.programme_id
                 where x.person_id = ?
                 order by p.name""", personId));
        export.add(SECTION, "network-group-proposal", jdbc.queryForList("""
                select p.name as programme, x.groups, x.updated_at
                  from network_group_proposal x join programme p on p.id = x.programme_id
                 where x.updated_by_person_id = ?
                 order by x.updated_at""", personId));
        export.add(SECTION, "network-meeting-facilitator", jdbc.queryForList("""
                select p.name as programme, ng.name as network_group, m.number as meeting_number, m.meeting_date,
                       m.start_time, m.end_time, m.mode, m.location, m.focus, m.status
                  from network_meeting m
                  join network_group ng on ng.id = m.network_group_id
                  join programme p on p.id = m.programme_id
                 where m.facilitator_person_id = ?
                 order by m.meeting_date, m.id""", personId));
        export.add(
                SECTION,
                "network-meeting-attendance",
                jdbc.queryForList("select " + MEETING + """
                , x.present
                  from network_meeting_attendance x
                """ + MEETING_JOINS + """
                 where x.person_id = ?
                 order by m.meeting_date, m.id""", personId));
        export.add(
                SECTION,
                "network-meeting-note",
                jdbc.queryForList("select " + MEETING + """
                , x.text, x.created_at
                  from network_meeting_note x
                """ + MEETING_JOINS + """
                 where x.author_person_id = ?
                 order by x.created_at, x.id""", personId));
    }

    @Override
    public List<ErasureLine> previewErasure(long personId) {
        return ErasureCounts.of(jdbc, personId)
                .kept("network-group-member", "network_group_member where person_id = ?", "programme-record")
                .kept("network-group-placement", "network_group_placement where person_id = ?", "programme-record")
                .kept(
                        "network-group-proposal",
                        "network_group_proposal where updated_by_person_id = ?",
                        "programme-content")
                .kept(
                        "network-meeting-facilitator",
                        "network_meeting where facilitator_person_id = ?",
                        "programme-record")
                .kept(
                        "network-meeting-attendance",
                        "network_meeting_attendance where person_id = ?",
                        "programme-record")
                .kept("network-meeting-note", "network_meeting_note where author_person_id = ?", "others-conversation")
                .lines();
    }

    @Override
    public void erase(long personId) {
        // kept: see the class comment
    }
}
