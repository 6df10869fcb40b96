package no.samla.journal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.samla.report.ReportContributor;
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
 * Between-session work in the report: log entries per month, how many leaders have written, how many were active in
 * the last 30 days (of the programme, or up to today while it runs), and assignments given, done and done on time.
 * Counts only: never what anyone wrote, and private entries count like shared ones. Two statements.
 */
@Component
@Transactional(readOnly = true)
class JournalReport implements ReportContributor {

    static final int ACTIVE_DAYS = 30;

    private static final String PER_MONTH = "with " + ReportScope.PARTICIPANTS + """
            select extract(year from le.entry_date) as year, extract(month from le.entry_date) as month,
                   count(*) as entries, count(distinct le.person_id) as writers
            from log_entry le
            where le.programme_id = :programme and le.person_id in (select person_id from scoped)
            group by 1, 2
            order by 1, 2
            """;

    private static final String FIGURES = "with " + ReportScope.PARTICIPANTS + """
            , span as (select least(p.end_date, :today) as until from programme p where p.id = :programme),
            entries as (select le.person_id, le.entry_date from log_entry le
                        where le.programme_id = :programme and le.person_id in (select person_id from scoped)),
            given as (select ar.done_at, a.due_on from assignment_recipient ar
                      join assignment a on a.id = ar.assignment_id
                      where a.programme_id = :programme and ar.person_id in (select person_id from scoped))
            select (select count(*) from scoped) as participants,
                   (select count(distinct person_id) from entries) as writers,
                   (select count(distinct person_id) from entries, span
                    where entry_date > span.until - :days and entry_date <= span.until) as active,
                   (select until from span) as until,
                   (select count(*) from given) as given,
                   (select count(*) from given where done_at is not null) as done,
                   (select count(*) from given
                    where cast(done_at at time zone 'Europe/Oslo' as date) <= due_on) as on_time
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;

    JournalReport(NamedParameterJdbcTemplate jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    private record Month(YearMonth month, long entries, long writers) {}

    private record Figures(
            long participants, long writers, long active, LocalDate until, long given, long done, long onTime) {}

    @Override
    public Optional<ReportSection> section(ReportScope scope, Locale locale) {
        MapSqlParameterSource parameters =
                scope.parameters().addValue("today", LocalDate.now(clock)).addValue("days", ACTIVE_DAYS);
        List<Month> months = jdbc.query(
                PER_MONTH,
                parameters,
                (rs, row) -> new Month(
                        YearMonth.of(rs.getInt("year"), rs.getInt("month")),
                        rs.getLong("entries"),
                        rs.getLong("writers")));
        Figures figures = jdbc.queryForObject(
                FIGURES,
                parameters,
                (rs, row) -> new Figures(
                        rs.getLong("participants"),
                        rs.getLong("writers"),
                        rs.getLong("active"),
                        rs.getObject("until", LocalDate.class),
                        rs.getLong("given"),
                        rs.getLong("done"),
                        rs.getLong("on_time")));
        ReportTexts text = ReportTexts.of(messages, locale);
        String heading = text.get("journal.report.heading");
        if (months.isEmpty() && figures.given() == 0) {
            return Optional.of(new ReportSection(heading, List.of(text.get("journal.report.none")), List.of()));
        }
        long entries = months.stream().mapToLong(Month::entries).sum();
        List<String> summary = List.of(
                text.get(
                        "journal.report.summary",
                        text.count(entries),
                        text.count(figures.writers()),
                        text.count(figures.participants()),
                        text.count(figures.active()),
                        ACTIVE_DAYS),
                text.get(
                        "journal.report.assignments",
                        text.count(figures.given()),
                        text.count(figures.done()),
                        text.count(figures.onTime())));
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        List<List<String>> monthRows = new ArrayList<>();
        for (Month month : months) {
            monthRows.add(List.of(
                    capitalised(monthName.format(month.month()), locale),
                    text.count(month.entries()),
                    text.count(month.writers())));
        }
        long participants = figures.participants();
        List<List<String>> activity = List.of(
                List.of(text.get("journal.report.row.participants"), text.count(participants), ""),
                row(text, "journal.report.row.writers", figures.writers(), participants),
                List.of(
                        text.get("journal.report.row.active", ACTIVE_DAYS),
                        text.count(figures.active()),
                        text.percent(figures.active(), participants)),
                List.of(text.get("journal.report.row.given"), text.count(figures.given()), ""),
                row(text, "journal.report.row.done", figures.done(), figures.given()),
                row(text, "journal.report.row.onTime", figures.onTime(), figures.given()));
        return Optional.of(new ReportSection(
                heading,
                summary,
                List.of(
                        new ReportTable(
                                text.get("journal.report.activity.caption"),
                                List.of(
                                        text.get("journal.report.column.what"),
                                        text.get("journal.report.column.count"),
                                        text.get("journal.report.column.share")),
                                activity),
                        new ReportTable(
                                text.get("journal.report.months.caption"),
                                List.of(
                                        text.get("journal.report.column.month"),
                                        text.get("journal.report.column.entries"),
                                        text.get("journal.report.column.writers")),
                                monthRows))));
    }

    private static List<String> row(ReportTexts text, String key, long count, long of) {
        return List.of(text.get(key), text.count(count), text.percent(count, of));
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
