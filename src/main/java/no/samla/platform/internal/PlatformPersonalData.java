package no.samla.platform.internal;

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
 * The versions of a leadership platform a person saved, and what they commented on and how they reacted to its
 * principles. All of it is kept on erasure, pointing to the anonymised person: a platform is written by the
 * programme's leaders together, comments are part of that conversation, and reactions are counted with the others'.
 */
@Component
class PlatformPersonalData implements PersonalDataHolder {

    static final String SECTION = "platform";

    /** The platform a row belongs to, named by its programme and, for a municipality's own platform, municipality. */
    private static final String PLATFORM_NAME =
            "p.name || coalesce(' – ' || (select m.name from municipality m where m.id = lp.municipality_id), '')";

    private final NamedParameterJdbcTemplate jdbc;

    PlatformPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of("platform_version.created_by", "platform_comment.person_id", "platform_reaction.person_id");
    }

    @Override
    public void export(long personId, PersonalDataExport export) {
        Map<String, Long> person = Map.of("p", personId);
        export.add(SECTION, "platform-version", jdbc.queryForList("""
                select %s as platform, v.number, v.created_at
                  from platform_version v
                  join leadership_platform lp on lp.id = v.platform_id
                  join programme p on p.id = lp.programme_id
                 where v.created_by = :p
                 order by v.created_at, v.id""".formatted(PLATFORM_NAME), person));
        export.add(SECTION, "platform-comment", onPrinciples("platform_comment", "text", "created_at", person));
        export.add(SECTION, "platform-reaction", onPrinciples("platform_reaction", "reaction", "reacted_at", person));
    }

    /** The person's rows of a table of what leaders say about principles, with the principle and its platform. */
    private List<Map<String, Object>> onPrinciples(String table, String what, String when, Map<String, Long> person) {
        return jdbc.queryForList("""
                select %1$s as platform, pr.title as principle, x.%2$s, x.%3$s
                  from %4$s x
                  join platform_principle pr on pr.id = x.principle_id
                  join leadership_platform lp on lp.id = pr.platform_id
                  join programme p on p.id = lp.programme_id
                 where x.person_id = :p
                 order by lp.id, pr.position, x.%3$s""".formatted(PLATFORM_NAME, what, when, table), person);
    }

    @Override
    public List<ErasureLine> previewErasure(long personId) {
        return ErasureCounts.of(jdbc.getJdbcTemplate(), personId)
                .kept("platform-version", "platform_version where created_by = ?", "programme-content")
                .kept("platform-comment", "platform_comment where person_id = ?", "others-conversation")
                .kept("platform-reaction", "platform_reaction where person_id = ?", "shared-tally")
                .lines();
    }

    @Override
    public void erase(long personId) {
        // kept: see the class comment
    }
}
