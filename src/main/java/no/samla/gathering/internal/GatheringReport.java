package no.samla.gathering.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.samla.report.ReportContributor;
import no.samla.report.ReportNumbers;
import no.samla.report.ReportScope;
import no.samla.report.ReportSection;
import no.samla.report.ReportTable;
import no.samla.report.ReportTexts;
import no.samla.system.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance in the evaluation report: per gathering those present out of the scope's active participants, and over
 * all gatherings counted so far (those that have started or have attendance registered), and in the whole programme's
 * report per municipality. Counts only, never comments. At most two statements.
 */
@Component
@Transactional(readOnly = true)
class GatheringReport implements ReportContributor {

    private static final String SQL = "with " + ReportScope.PARTICIPANTS + """
            select g.number, g.title, g.start_date, g.start_time,
                   count(a.person_id) filter (where a.status = 'PRESENT') as present,
                   count(a.person_id) as marked,
                   (select count(*) from scoped) as participants
            from gathering g
            left join attendance a on a.gathering_id = g.id and a.person_id in (select person_id from scoped)
            where g.programme_id = :programme
            group by g.id
            order by g.number
            """;

    /**
     * Presences per municipality at the gatherings counted so far (started by {@code now}, or with attendance of the
     * scope's participants registered); people without a municipality come last under a null name.
     */
    private static final String PER_MUNICIPALITY = "with " + ReportScope.PARTICIPANTS + """
            , counted as (
                select g.id from gathering g
                where g.programme_id = :programme
                  and (g.start_date + g.start_time <= :now
                       or exists (select 1 from attendance a
                                  where a.gathering_id = g.id and a.person_id in (select person_id from scoped))))
            select m.name,
                   count(*) as participants,
                   coalesce(sum((select count(*) from attendance a
                                 where a.person_id = s.person_id and a.status = 'PRESENT'
                                   and a.gathering_id in (select id from counted))), 0) as present,
                   (select count(*) from counted) as gatherings
            from scoped s
            join person pe on pe.id = s.person_id
            left join municipality m on m.id = pe.municipality_id
            group by m.id, m.name
            order by m.name nulls last
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    GatheringReport(NamedParameterJdbcTemplate jdbc, MessageSource messages, Dates dates, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    private record Line(
            int number, String title, LocalDate date, boolean started, long present, long marked, long participants) {

        boolean counted() {
            return started || marked > 0;
        }
    }

    @Override
    public Optional<ReportSection> section(ReportScope scope, Locale locale) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Line> lines = jdbc.query(
                SQL,
                scope.parameters(),
                (rs, row) -> new Line(
                        rs.getInt("number"),
                        rs.getString("title"),
                        rs.getObject("start_date", LocalDate.class),
                        !rs.getObject("start_date", LocalDate.class)
                                .atTime(rs.getObject("start_time", LocalTime.class))
                                .isAfter(now),
                        rs.getLong("present"),
                        rs.getLong("marked"),
                        rs.getLong("participants")));
        ReportTexts text = ReportTexts.of(messages, locale);
        String heading = text.get("gathering.report.heading");
        if (lines.isEmpty()) {
            return Optional.of(
                    new ReportSection(heading, List.of(text.get("gathering.report.noGatherings")), List.of()));
        }
        List<Line> counted = lines.stream().filter(Line::counted).toList();
        long present = counted.stream().mapToLong(Line::present).sum();
        long possible = counted.stream().mapToLong(Line::participants).sum();
        List<String> summary = new ArrayList<>();
        if (counted.isEmpty()) {
            summary.add(text.get("gathering.report.noneCounted", text.count(lines.size())));
        } else {
            summary.add(text.get(
                    "gathering.report.summary",
                    text.count(counted.size()),
                    text.count(present),
                    text.count(possible),
                    text.percent(present, possible)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Line line : lines) {
            boolean shown = line.counted();
            rows.add(List.of(
                    text.get("gathering.report.gathering", line.number(), line.title()),
                    dates.date(line.date()),
                    text.get(line.started() ? "gathering.report.held" : "gathering.report.planned"),
                    shown ? text.count(line.present()) : ReportNumbers.NONE,
                    text.count(line.participants()),
                    shown ? text.percent(line.present(), line.participants()) : ReportNumbers.NONE));
        }
        if (!counted.isEmpty()) {
            rows.add(List.of(
                    text.get("gathering.report.total"),
                    "",
                    "",
                    text.count(present),
                    text.count(possible),
                    text.percent(present, possible)));
        }
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable(
                text.get("gathering.report.caption"),
                List.of(
                        text.get("gathering.report.column.gathering"),
                        text.get("gathering.report.column.date"),
                        text.get("gathering.report.column.status"),
                        text.get("gathering.report.column.present"),
                        text.get("gathering.report.column.participants"),
                        text.get("gathering.report.column.rate")),
                rows));
        if (scope.wholeProgramme() && !counted.isEmpty()) {
            tables.add(perMunicipality(scope, now, text));
        }
        return Optional.of(new ReportSection(heading, summary, tables));
    }

    private ReportTable perMunicipality(ReportScope scope, LocalDateTime now, ReportTexts text) {
        List<List<String>> rows =
                jdbc.query(PER_MUNICIPALITY, scope.parameters().addValue("now", now), (rs, row) -> {
                    long participants = rs.getLong("participants");
                    long present = rs.getLong("present");
                    long possible = participants * rs.getLong("gatherings");
                    String name = rs.getString("name");
                    return List.of(
                            name == null ? text.get("gathering.report.noMunicipality") : name,
                            text.count(participants),
                            text.count(present),
                            text.count(possible),
                            text.percent(present, possible));
                });
        return new ReportTable(
                text.get("gathering.report.municipalities.caption"),
                List.of(
                        text.get("gathering.report.column.municipality"),
                        text.get("gathering.report.column.participantsNow"),
                        text.get("gathering.report.column.present"),
                        text.get("gathering.report.column.possible"),
                        text.get("gathering.report.column.rate")),
                rows);
    }
}
