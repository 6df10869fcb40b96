package no.samla.innovation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.samla.innovation.benefit.BenefitStatus;
import no.samla.innovation.benefit.Frequency;
import no.samla.innovation.benefit.Progress;
import no.samla.report.ReportContributor;
import no.samla.report.ReportNumbers;
import no.samla.report.ReportScope;
import no.samla.report.ReportSection;
import no.samla.report.ReportTable;
import no.samla.report.ReportTexts;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Innovation cases in the report: the cases still worked on (not stopped) per roadmap phase and by the team's health
 * light, how many are stopped or in operation, and their benefits by where they stand against the target. A
 * municipality's report counts that municipality's cases. Counts only, never the case texts or measurement comments.
 * Two statements.
 */
@Component
@Transactional(readOnly = true)
class InnovationReport implements ReportContributor {

    private static final String CASES = """
            with cases as (
                select c.phase_id, c.status, c.health from innovation_case c
                where c.programme_id = :programme
                  and (cast(:municipality as bigint) is null or c.municipality_id = :municipality))
            select ph.sort_order, ph.name_nb, ph.name_nn, ph.name_en,
                   count(c.phase_id) filter (where c.status <> 'STOPPED' and c.health = 'GREEN') as green,
                   count(c.phase_id) filter (where c.status <> 'STOPPED' and c.health = 'AMBER') as amber,
                   count(c.phase_id) filter (where c.status <> 'STOPPED' and c.health = 'RED') as red,
                   count(c.phase_id) filter (where c.status = 'STOPPED') as stopped,
                   count(c.phase_id) filter (where c.status = 'IN_OPERATION') as in_operation
            from innovation_phase ph
            left join cases c on c.phase_id = ph.id
            group by ph.id
            order by ph.sort_order
            """;

    private static final String BENEFITS = """
            select b.baseline_value, b.baseline_date, b.target_value, b.target_date, b.frequency,
                   latest.measured_on, latest.measured_value
            from innovation_benefit b
            join innovation_case c on c.id = b.case_id
            left join lateral (
                select m.measured_on, m.measured_value from innovation_benefit_measurement m
                where m.benefit_id = b.id order by m.measured_on desc, m.id desc limit 1) latest on true
            where c.programme_id = :programme and c.status <> 'STOPPED'
              and (cast(:municipality as bigint) is null or c.municipality_id = :municipality)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;

    InnovationReport(NamedParameterJdbcTemplate jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    private record Phase(String name, long green, long amber, long red, long stopped, long inOperation) {

        long worked() {
            return green + amber + red;
        }
    }

    @Override
    public Optional<ReportSection> section(ReportScope scope, Locale locale) {
        MapSqlParameterSource parameters = scope.parameters();
        String language = ReportNumbers.language(locale);
        List<Phase> phases = jdbc.query(
                CASES,
                parameters,
                (rs, row) -> new Phase(
                        rs.getString("name_" + language),
                        rs.getLong("green"),
                        rs.getLong("amber"),
                        rs.getLong("red"),
                        rs.getLong("stopped"),
                        rs.getLong("in_operation")));
        ReportTexts text = ReportTexts.of(messages, locale);
        String heading = text.get("innovation.report.heading");
        long worked = phases.stream().mapToLong(Phase::worked).sum();
        long stopped = phases.stream().mapToLong(Phase::stopped).sum();
        if (worked + stopped == 0) {
            return Optional.of(new ReportSection(heading, List.of(text.get("innovation.report.none")), List.of()));
        }
        LocalDate today = LocalDate.now(clock);
        Map<BenefitStatus, Long> benefits = new EnumMap<>(BenefitStatus.class);
        for (BenefitStatus status : BenefitStatus.values()) {
            benefits.put(status, 0L);
        }
        jdbc.query(BENEFITS, parameters, rs -> {
            Progress progress = Progress.of(
                    rs.getBigDecimal("baseline_value"),
                    rs.getObject("baseline_date", LocalDate.class),
                    rs.getBigDecimal("target_value"),
                    rs.getObject("target_date", LocalDate.class),
                    Frequency.valueOf(rs.getString("frequency")),
                    rs.getObject("measured_on", LocalDate.class),
                    rs.getBigDecimal("measured_value"),
                    today);
            benefits.merge(progress.status(), 1L, Long::sum);
        });
        long allBenefits = benefits.values().stream().mapToLong(Long::longValue).sum();
        long onTrack = benefits.get(BenefitStatus.ON_TRACK) + benefits.get(BenefitStatus.ACHIEVED);
        List<String> summary = List.of(
                text.get(
                        "innovation.report.summary",
                        text.count(worked),
                        text.count(phases.stream().mapToLong(Phase::inOperation).sum()),
                        text.count(stopped)),
                allBenefits == 0
                        ? text.get("innovation.report.noBenefits")
                        : text.get(
                                "innovation.report.benefits",
                                text.count(allBenefits),
                                text.count(onTrack),
                                text.percent(onTrack, allBenefits)));
        List<List<String>> phaseRows = new ArrayList<>();
        for (Phase phase : phases) {
            phaseRows.add(List.of(
                    phase.name(),
                    text.count(phase.worked()),
                    text.count(phase.green()),
                    text.count(phase.amber()),
                    text.count(phase.red())));
        }
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable(
                text.get("innovation.report.phases.caption"),
                List.of(
                        text.get("innovation.report.column.phase"),
                        text.get("innovation.report.column.cases"),
                        text.get("innovation.report.column.green"),
                        text.get("innovation.report.column.amber"),
                        text.get("innovation.report.column.red")),
                phaseRows));
        if (allBenefits > 0) {
            List<List<String>> benefitRows = new ArrayList<>();
            for (BenefitStatus status : BenefitStatus.values()) {
                benefitRows.add(List.of(
                        text.get("innovation.report.benefit." + status),
                        text.count(benefits.get(status)),
                        text.percent(benefits.get(status), allBenefits)));
            }
            tables.add(new ReportTable(
                    text.get("innovation.report.benefits.caption"),
                    List.of(
                            text.get("innovation.report.column.status"),
                            text.get("innovation.report.column.benefits"),
                            text.get("innovation.report.column.share")),
                    benefitRows));
        }
        return Optional.of(new ReportSection(heading, summary, tables));
    }
}
