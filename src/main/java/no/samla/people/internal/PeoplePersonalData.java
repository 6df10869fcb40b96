package no.samla.people.internal;

import java.util.List;
import java.util.Set;
import no.samla.people.SignedInSessions;
import no.samla.system.privacy.ErasureCounts;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The person, their account, roles and links: exported whole; on erasure the account goes (its sessions ended, its
 * roles and links with it) and the person's row stays with the name and contact details replaced. Runs last, after
 * the other modules have used the row.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PeoplePersonalData implements PersonalDataHolder {

    static final String SECTION = "people";

    private final JdbcTemplate jdbc;
    private final SignedInSessions sessions;

    PeoplePersonalData(JdbcTemplate jdbc, SignedInSessions sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of("account.person_id", "person.manager_person_id");
    }

    @Override
    public void export(long personId, PersonalDataExport export) {
        export.add(SECTION, "person", jdbc.queryForList("""
                select p.full_name, p.email, p.phone, p.title, m.name as municipality,
                       o.name as provider_organisation, p.unit, p.sector, manager.full_name as manager,
                       p.created_at, p.anonymised_at
                  from person p
                  left join municipality m on m.id = p.municipality_id
                  left join provider_organisation o on o.id = p.provider_organisation_id
                  left join person manager on manager.id = p.manager_person_id
                 where p.id = ?""", personId));
        export.add(SECTION, "account", jdbc.queryForList("""
                select a.email, a.enabled, a.must_change_password, a.last_login_at, a.password_changed_at,
                       a.created_at,
                       (select string_agg(r.role, ', ' order by r.role) from account_role r where r.account_id = a.id)
                           as roles
                  from account a
                 where a.person_id = ?""", personId));
        export.add(SECTION, "invitation", jdbc.queryForList("""
                select i.purpose, i.created_at, i.expires_at, i.used_at
                  from invitation i join account a on a.id = i.account_id
                 where a.person_id = ?
                 order by i.created_at""", personId));
    }

    @Override
    public List<ErasureLine> previewErasure(long personId) {
        return ErasureCounts.of(jdbc, personId)
                .anonymised("person", "person where id = ?", "person-row")
                .deleted("account", "account where person_id = ?", "account")
                .anonymised("managed-people", "person where manager_person_id = ?", "manager-link")
                .lines();
    }

    @Override
    public void erase(long personId) {
        List<String> emails =
                jdbc.queryForList("select email from account where person_id = ?", String.class, personId);
        emails.forEach(email -> sessions.endAll(email, null));
        // roles and invitations (password links too) go with the account
        jdbc.update("delete from account where person_id = ?", personId);
        jdbc.update("update person set manager_person_id = null where manager_person_id = ?", personId);
        jdbc.update("""
                update person
                   set full_name = 'Anonymisert person', email = 'anonymised-' || id || '@invalid', phone = null,
                       title = null, unit = null, sector = null, manager_person_id = null,
                       anonymised_at = coalesce(anonymised_at, now()), version = version + 1
                 where id = ?""", personId);
    }
}
