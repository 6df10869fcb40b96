package no.samla.programme;

import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The participants a dashboard counts: those taking part now in any of the programmes, and with a municipality only
 * those from that municipality. The programme list is never empty (a dashboard with no programmes asks nothing).
 */
public record ParticipantScope(List<Long> programmeIds, Long municipalityId) {

    public ParticipantScope {
        if (programmeIds.isEmpty()) {
            throw new IllegalArgumentException("A scope needs at least one programme");
        }
        programmeIds = List.copyOf(programmeIds);
    }

    /**
     * A common table expression {@code scoped(programme_id, person_id, municipality_id)} of the participants in the
     * scope, for a module's SQL that starts {@code with } it and takes {@link #parameters()}. The municipality's
     * condition is left out rather than made optional, so that a prepared statement's cached plan fits both kinds.
     */
    public String participants() {
        return """
                scoped as (
                    select distinct pa.programme_id, pa.person_id, pe.municipality_id from participation pa
                    join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
                    join person pe on pe.id = pa.person_id
                    where pa.programme_id in (:programmes) and pa.left_on is null%s)
                """.formatted(municipalityId == null ? "" : " and pe.municipality_id = :municipality");
    }

    public static ParticipantScope of(long programmeId, Long municipalityId) {
        return new ParticipantScope(List.of(programmeId), municipalityId);
    }

    /** The named parameters {@code programmes} and {@code municipality} (null for every municipality). */
    public MapSqlParameterSource parameters() {
        return new MapSqlParameterSource("programmes", programmeIds)
                .addValue("municipality", municipalityId, Types.BIGINT);
    }
}
