package no.samla.report;

import java.sql.Types;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What a report covers: a whole programme, or one municipality's participants in it ({@code municipalityId} set).
 */
public record ReportScope(long programmeId, Long municipalityId) {

    /**
     * A common table expression {@code scoped(person_id)} of the people counted in the scope: those taking part in the
     * programme now as participants, and in a municipality's scope only those from that municipality. For a
     * contributor's SQL, which starts {@code with } it and takes {@link #parameters()}.
     */
    public static final String PARTICIPANTS = """
            scoped as (
                select distinct pa.person_id from participation pa
                join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
                join person pe on pe.id = pa.person_id
                where pa.programme_id = :programme and pa.left_on is null
                  and (cast(:municipality as bigint) is null or pe.municipality_id = :municipality))
            """;

    public static ReportScope programme(long programmeId) {
        return new ReportScope(programmeId, null);
    }

    public static ReportScope municipality(long programmeId, long municipalityId) {
        return new ReportScope(programmeId, municipalityId);
    }

    public boolean wholeProgramme() {
        return municipalityId == null;
    }

    /** The named parameters {@code programme} and {@code municipality} (null for the whole programme). */
    public MapSqlParameterSource parameters() {
        return new MapSqlParameterSource("programme", programmeId)
                .addValue("municipality", municipalityId, Types.BIGINT);
    }
}
