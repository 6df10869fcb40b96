package no.samla.audit.internal;

import java.util.List;
import java.util.Set;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the audit log says the person did. It is exported, and kept on erasure: the log is the installation's
 * evidence of who did what with personal data, it cannot be changed (see V35), and it holds no one's writing.
 */
@Component
class AuditPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;

    AuditPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        // no foreign key, on purpose: the log outlives what it names
        return Set.of("audit_log.actor_person_id");
    }

    @Override
    public void export(long personId, PersonalDataExport export) {
        export.add("audit", "audit-entry", jdbc.queryForList("""
                select occurred_at, action, subject_type, subject_id, summary, remote_address, user_agent
                  from audit_log
                 where actor_person_id = ? or (subject_type = 'PERSON' and subject_id = ?)
                 order by occurred_at, id""", personId, personId));
    }

    @Override
    public List<ErasureLine> previewErasure(long personId) {
        Long rows = jdbc.queryForObject("""
                select count(*) from audit_log
                 where actor_person_id = ? or (subject_type = 'PERSON' and subject_id = ?)""", Long.class, personId, personId);
        return List.of(ErasureLine.kept("audit-entry", rows == null ? 0 : rows, "audit-log"));
    }

    @Override
    public void erase(long personId) {
        // kept: see the class comment
    }
}
