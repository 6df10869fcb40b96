package no.samla.gathering.internal;

import java.util.List;
import java.util.Set;
import no.samla.system.privacy.ErasureCounts;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's attendance at gatherings, the attendance they recorded for others, the material they added, the agenda
 * items they were responsible for and the gatherings they facilitated. Erasure keeps all of it, since the programme's
 * attendance figures and the gatherings' content rely on it, pointing to the anonymised person; only the comments on
 * the person's own attendance go, since they may give a reason for an absence.
 */
@Component
class GatheringPersonalData implements PersonalDataHolder {

    static final String SECTION = "gathering";

    private static final String COMMENTED = "person_id = ? and comment is not null";

    /** A gathering as people name it: programme, number and title, and its day. */
    private static final String GATHERING = """
            p.name as programme, g.number as gathering_number, g.title as gathering, g.start_date""";

    private final JdbcTemplate jdbc;

    GatheringPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of(
                "attendance.person_id",
                "attendance.updated_by_person_id",
                "gathering_material.created_by_person_id",
                "agenda_item.responsible_person_id",
                "gathering_facilitator.person_id");
    }

    @Override
    public void export(long personId, PersonalDataExport export) {
        export.add(SECTION, "attendance", jdbc.queryForList("select " + GATHERING + """
                , a.status, a.late, a.comment, a.updated_at, u.full_name as recorded_by
                  from attendance a
                  join gathering g on g.id = a.gathering_id
                  join programme p on p.id = g.programme_id
                  left join person u on u.id = a.updated_by_person_id
                 where a.person_id = ?
                 order by g.start_date, g.id""", personId));
        // what the person recorded about others, counted per gathering: the others' attendance is theirs
        export.add(SECTION, "attendance-recorded", jdbc.queryForList("select " + GATHERING + """
                , count(*) as records, max(a.updated_at) as last_recorded_at
                  from attendance a
                  join gathering g on g.id = a.gathering_id
                  join programme p on p.id = g.programme_id
                 where a.updated_by_person_id = ? and a.person_id <> ?
                 group by p.name, g.number, g.title, g.start_date, g.id
                 order by g.start_date, g.id""", personId, personId));
        export.add(SECTION, "gathering-material", jdbc.queryForList("select " + GATHERING + """
                , m.kind, m.title, m.url, m.file_name, m.content_type, m.size_bytes, m.created_at
                  from gathering_material m
                  join gathering g on g.id = m.gathering_id
                  join programme p on p.id = g.programme_id
                 where m.created_by_person_id = ?
                 order by m.created_at, m.id""", personId));
        export.add(SECTION, "agenda-item", jdbc.queryForList("select " + GATHERING + """
                , i.day, i.position, i.title, i.item_type, i.duration_minutes, i.note
                  from agenda_item i
                  join gathering g on g.id = i.gathering_id
                  join programme p on p.id = g.programme_id
                 where i.responsible_person_id = ?
                 order by g.start_date, g.id, i.day, i.position""", personId));
        export.add(SECTION, "gathering-facilitator", jdbc.queryForList("select " + GATHERING + """
                , g.venue_name
                  from gathering_facilitator f
                  join gathering g on g.id = f.gathering_id
                  join programme p on p.id = g.programme_id
                 where f.person_id = ?
                 order by g.start_date, g.id""", personId));
        export.add(SECTION, "cancelled-gathering", jdbc.queryForList("""
                select p.name as programme, c.number as gathering_number, c.title as gathering, c.starts_at,
                       c.cancelled_at
                  from gathering_cancellation c join programme p on p.id = c.programme_id
                 where ? = any (c.facilitator_ids)
                 order by c.starts_at""", personId));
    }

    @Override
    public List<ErasureLine> previewErasure(long personId) {
        return ErasureCounts.of(jdbc, personId)
                .kept("attendance", "attendance where person_id = ?", "programme-record")
                .deleted("attendance-comment", "attendance where " + COMMENTED, "notes-about-person")
                .kept(
                        "attendance-recorded",
                        "attendance where updated_by_person_id = ? and person_id <> ?",
                        "programme-record")
                .kept("gathering-material", "gathering_material where created_by_person_id = ?", "programme-content")
                .kept("agenda-item", "agenda_item where responsible_person_id = ?", "programme-content")
                .kept("gathering-facilitator", "gathering_facilitator where person_id = ?", "programme-record")
                .kept(
                        "cancelled-gathering",
                        "gathering_cancellation where ? = any (facilitator_ids)",
                        "programme-record")
                .lines();
    }

    @Override
    public void erase(long personId) {
        jdbc.update("update attendance set comment = null where " + COMMENTED, personId);
    }
}
