package no.samla.innovation;

import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samla.innovation.benefit.BenefitStatus;
import no.samla.innovation.benefit.Frequency;
import no.samla.innovation.benefit.Progress;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Innovation cases and their benefits as dashboards count them, by programme and municipality: cases per roadmap
 * phase and health, and benefits per status judged as on the benefit page. One statement per question.
 */
@Component
@Transactional(readOnly = true)
public class InnovationFigures {

    /** The cases of a programme and municipality in one phase; stopped cases are counted apart from the healths. */
    public record PhaseCases(
            long programmeId,
            Long municipalityId,
            long phaseId,
            int phaseOrder,
            String phaseName,
            long green,
            long amber,
            long red,
            long stopped,
            long inOperation) {}

    /** How many benefits of a programme and municipality stand at a status. */
    public record BenefitCount(long programmeId, Long municipalityId, BenefitStatus status, long benefits) {}

    private final NamedParameterJdbcTemplate jdbc;

    InnovationFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Phases with cases, by programme, municipality and the roadmap's order; names in "nb", "nn" or "en". */
    public List<PhaseCases> cases(List<Long> programmeIds, Long municipalityId, String language) {
        String name = switch (language) {
            case "nn" -> "ph.name_nn";
            case "en" -> "ph.name_en";
            default -> "ph.name_nb";
        };
        return jdbc.query(
                "select c.programme_id, c.municipality_id, ph.id, ph.sort_order, " + name + """
                , count(*) filter (where c.status <> 'STOPPED' and c.health = 'GREEN'),
                  count(*) filter (where c.status <> 'STOPPED' and c.health = 'AMBER'),
                  count(*) filter (where c.status <> 'STOPPED' and c.health = 'RED'),
                  count(*) filter (where c.status = 'STOPPED'),
                  count(*) filter (where c.status = 'IN_OPERATION')
                from innovation_case c
                join innovation_phase ph on ph.id = c.phase_id
                where c.programme_id in (:programmes)
                  and (cast(:municipality as bigint) is null or c.municipality_id = :municipality)
                group by c.programme_id, c.municipality_id, ph.id
                order by c.programme_id, c.municipality_id, ph.sort_order
                """,
                scope(programmeIds, municipalityId),
                (rs, row) -> new PhaseCases(
                        rs.getLong(1),
                        rs.getObject(2, Long.class),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10)));
    }

    /** Benefits of cases that are not stopped, counted per programme, municipality and status. */
    public List<BenefitCount> benefits(List<Long> programmeIds, Long municipalityId, LocalDate today) {
        record Key(long programmeId, Long municipalityId, BenefitStatus status) {}
        Map<Key, Long> counts = new LinkedHashMap<>();
        jdbc.query("""
                select c.programme_id, c.municipality_id, b.baseline_value, b.baseline_date, b.target_value,
                       b.target_date, b.frequency, latest.measured_on, latest.measured_value
                from innovation_benefit b
                join innovation_case c on c.id = b.case_id
                left join lateral (
                    select m.measured_on, m.measured_value from innovation_benefit_measurement m
                    where m.benefit_id = b.id order by m.measured_on desc, m.id desc limit 1) latest on true
                where c.programme_id in (:programmes) and c.status <> 'STOPPED'
                  and (cast(:municipality as bigint) is null or c.municipality_id = :municipality)
                order by c.programme_id, c.municipality_id
                """, scope(programmeIds, municipalityId), rs -> {
            Key key = new Key(
                    rs.getLong(1),
                    rs.getObject(2, Long.class),
                    Progress.of(
                                    rs.getBigDecimal(3),
                                    rs.getObject(4, LocalDate.class),
                                    rs.getBigDecimal(5),
                                    rs.getObject(6, LocalDate.class),
                                    Frequency.valueOf(rs.getString(7)),
                                    rs.getObject(8, LocalDate.class),
                                    rs.getBigDecimal(9),
                                    today)
                            .status());
            counts.merge(key, 1L, Long::sum);
        });
        return counts.entrySet().stream()
                .map(count -> new BenefitCount(
                        count.getKey().programmeId(),
                        count.getKey().municipalityId(),
                        count.getKey().status(),
                        count.getValue()))
                .toList();
    }

    private static MapSqlParameterSource scope(List<Long> programmeIds, Long municipalityId) {
        return new MapSqlParameterSource("programmes", programmeIds)
                .addValue("municipality", municipalityId, Types.BIGINT);
    }
}
