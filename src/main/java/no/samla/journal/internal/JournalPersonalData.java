package no.samla.journal.internal;

import java.util.List;
import java.util.Set;
import no.samla.system.privacy.ErasureCounts;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A leader's log entries with every version, comments, attachments and drafts, and the assignments a person was given
 * or gave. Erasure deletes what the leader wrote for themselves; comments on other leaders' entries and assignments
 * stay, since they belong to someone else's conversation or to the programme.
 */
@Component
class JournalPersonalData implements PersonalDataHolder {

    static final String SECTION = "journal";

    private final JdbcTemplate jdbc;

    JournalPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of(
                "log_entry.person_id",
                "log_entry_comment.author_person_id",
                "log_entry_draft.person_id",
                "assignment_recipient.person_id",
                "assignment.created_by_person_id");
    }

    @Override
    public void export(long personId, PersonalDataExport export) {
        export.add(SECTION, "log-entry", jdbc.queryForList("""
                select e.id, p.name as programme, e.entry_date, e.behaviour, e.share_with_coach,
                       e.share_with_network_group, e.share_with_coordinators, e.created_at, e.updated_at,
                       e.content_cleared_at
                  from log_entry e join programme p on p.id = e.programme_id
                 where e.person_id = ?
                 order by e.entry_date, e.id""", personId));
        export.add(SECTION, "log-entry-version", jdbc.queryForList("""
                select v.entry_id, v.number, v.did, v.happened, v.learned, v.next_step, v.created_at
                  from log_entry_version v join log_entry e on e.id = v.entry_id
                 where e.person_id = ?
                 order by v.entry_id, v.number""", personId));
        export.add(SECTION, "log-entry-comment", jdbc.queryForList("""
                select c.entry_id, a.full_name as author, c.text, c.created_at
                  from log_entry_comment c
                  join log_entry e on e.id = c.entry_id
                  join person a on a.id = c.author_person_id
                 where e.person_id = ? or c.author_person_id = ?
                 order by c.entry_id, c.created_at""", personId, personId));
        export.add(SECTION, "log-entry-attachment", jdbc.queryForList("""
                select t.entry_id, t.file_name, t.content_type, t.size_bytes, t.created_at
                  from log_entry_attachment t join log_entry e on e.id = t.entry_id
                 where e.person_id = ?
                 order by t.entry_id, t.id""", personId));
        export.add(SECTION, "log-entry-draft", jdbc.queryForList("""
                select d.entry_id, p.name as programme, d.entry_date, d.did, d.happened, d.learned, d.next_step,
                       d.updated_at
                  from log_entry_draft d join programme p on p.id = d.programme_id
                 where d.person_id = ?
                 order by d.updated_at""", personId));
        export.add(SECTION, "assignment-received", jdbc.queryForList("""
                select a.title, p.name as programme, a.due_on, r.done_at
                  from assignment_recipient r
                  join assignment a on a.id = r.assignment_id
                  join programme p on p.id = a.programme_id
                 where r.person_id = ?
                 order by a.due_on, a.id""", personId));
        export.add(SECTION, "assignment-given", jdbc.queryForList("""
                select a.title, p.name as programme, a.kind, a.due_on, a.created_at
                  from assignment a join programme p on p.id = a.programme_id
                 where a.created_by_person_id = ?
                 order by a.created_at, a.id""", personId));
    }

    @Override
    public List<ErasureLine> previewErasure(long personId) {
        return ErasureCounts.of(jdbc, personId)
                .deleted("log-entry", "log_entry where person_id = ?", "own-writing")
                .deleted("log-entry-draft", "log_entry_draft where person_id = ?", "own-writing")
                .kept("log-entry-comment", """
                        log_entry_comment c join log_entry e on e.id = c.entry_id
                         where c.author_person_id = ? and e.person_id <> ?""", "others-conversation")
                .kept("assignment-received", "assignment_recipient where person_id = ?", "programme-record")
                .kept("assignment-given", "assignment where created_by_person_id = ?", "programme-content")
                .lines();
    }

    @Override
    public void erase(long personId) {
        // versions, comments on them, attachments and drafts of an entry go with it
        jdbc.update("delete from log_entry_draft where person_id = ?", personId);
        jdbc.update("delete from log_entry where person_id = ?", personId);
    }
}
