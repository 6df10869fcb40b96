package no.samla.programme.internal;

import java.util.List;
import java.util.Set;
import no.samla.system.privacy.ErasureCounts;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The programmes a person took part in, with their roles, and those they coordinated. Both are the programme's
 * record of who was there and who ran it, which its figures and its other people rely on, so erasure keeps them,
 * pointing to the anonymised person.
 */
@Component
class ProgrammePersonalData implements PersonalDataHolder {

    static final String SECTION = "programme";

    private final JdbcTemplate jdbc;

    ProgrammePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of("participation.person_id", "programme_coordinator.person_id");
    }

    @Override
    public void export(long personId, PersonalDataExport export) {
        export.add(SECTION, "participation", jdbc.queryForList("""
                select p.name as programme, m.name as municipality, g.name as leader_group, pa.joined_on,
                       pa.left_on,
                       (select string_agg(r.role, ', ' order by r.role) from participation_role r
                         where r.participation_id = pa.id) as roles
                  from participation pa
                  join programme p on p.id = pa.programme_id
                  left join leader_group g on g.id = pa.leader_group_id
                  left join programme_municipality pm on pm.id = g.programme_municipality_id
                  left join municipality m on m.id = pm.municipality_id
                 where pa.person_id = ?
                 order by pa.joined_on, pa.id""", personId));
        export.add(SECTION, "programme-coordinator", jdbc.queryForList("""
                select p.name as programme, p.start_date, p.end_date, p.status
                  from programme_coordinator c join programme p on p.id = c.programme_id
                 where c.person_id = ?
                 order by p.start_date, p.id""", personId));
    }

    @Override
    public List<ErasureLine> previewErasure(long personId) {
        return ErasureCounts.of(jdbc, personId)
                .kept("participation", "participation where person_id = ?", "programme-record")
                .kept("programme-coordinator", "programme_coordinator where person_id = ?", "programme-record")
                .lines();
    }

    @Override
    public void erase(long personId) {
        // kept: see the class comment
    }
}
