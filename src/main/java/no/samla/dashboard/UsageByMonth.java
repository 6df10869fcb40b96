package no.samla.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The installation's use per month, from the read model {@code dashboard_usage_month}. Counting the writers among
 * half a million log entries takes longer than a page may, so the counts are kept in a materialised view that the
 * first reader after {@link #FRESH} refreshes (one at a time, across instances: an advisory lock); the others read
 * the counts as they were, and the page says when they were counted.
 */
@Component
public class UsageByMonth {

    /** How old the counts may be before a reader counts again. */
    public static final Duration FRESH = Duration.ofMinutes(10);

    private static final String NAME = "usage-month";

    public record Month(YearMonth month, long entries, long writers, long gatherings, long presences, long sessions) {}

    public record Usage(List<Month> months, OffsetDateTime countedAt) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final Refresher refresher;
    private final Clock clock;

    UsageByMonth(NamedParameterJdbcTemplate jdbc, Refresher refresher, Clock clock) {
        this.jdbc = jdbc;
        this.refresher = refresher;
        this.clock = clock;
    }

    /** The months from {@code from} to {@code to} that have any use, counted at most {@link #FRESH} ago. */
    @Transactional(readOnly = true)
    public Usage between(YearMonth from, YearMonth to) {
        OffsetDateTime counted = countedAt();
        if (counted == null || counted.toInstant().isBefore(clock.instant().minus(FRESH))) {
            OffsetDateTime now = refresher.refresh();
            counted = now != null ? now : counted;
        }
        List<Month> months = jdbc.query(
                """
                select month, entries, writers, gatherings, presences, sessions from dashboard_usage_month
                where month between :from and :to
                order by month
                """,
                new MapSqlParameterSource("from", from.atDay(1)).addValue("to", to.atDay(1)),
                (rs, row) -> new Month(
                        YearMonth.from(rs.getObject(1, LocalDate.class)),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6)));
        return new Usage(months, counted);
    }

    private OffsetDateTime countedAt() {
        return jdbc
                .query(
                        "select refreshed_at from dashboard_refresh where name = :name",
                        new MapSqlParameterSource("name", NAME),
                        (rs, row) -> rs.getObject(1, OffsetDateTime.class))
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** Counts again in a transaction of its own (the page's is read-only); a separate bean so that it is one. */
    @Component
    public static class Refresher {

        private final NamedParameterJdbcTemplate jdbc;

        Refresher(NamedParameterJdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        /** When the counts were made, or null when another reader is counting right now. */
        @Transactional(propagation = Propagation.REQUIRES_NEW)
        public OffsetDateTime refresh() {
            Boolean mine = jdbc.queryForObject(
                    "select pg_try_advisory_xact_lock(hashtext('dashboard_usage_month'))",
                    new MapSqlParameterSource(),
                    Boolean.class);
            if (!Boolean.TRUE.equals(mine)) {
                return null;
            }
            jdbc.getJdbcTemplate().execute("refresh materialized view concurrently dashboard_usage_month");
            return jdbc.queryForObject("""
                    insert into dashboard_refresh (name, refreshed_at) values (:name, now())
                    on conflict (name) do update set refreshed_at = excluded.refreshed_at
                    returning refreshed_at
                    """, new MapSqlParameterSource("name", NAME), OffsetDateTime.class);
        }
    }
}
