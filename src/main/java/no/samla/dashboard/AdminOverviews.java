package no.samla.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samla.programme.ProgrammeFigures;
import no.samla.programme.ProgrammeFigures.InstallationCounts;
import no.samla.report.ReportTexts;
import no.samla.system.QueryPlans;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The admin's overview: installation-wide counts and use per month from the read model; a fixed number of statements. */
@Component
@Transactional(readOnly = true)
public class AdminOverviews {

    public record AdminOverview(YearMonth from, YearMonth to, List<DashboardTable> tables) {

        public DashboardTable table(String id) {
            return DashboardTable.find(tables, id);
        }
    }

    private final ProgrammeFigures programmes;
    private final UsageByMonth usage;
    private final MessageSource messages;
    private final Clock clock;
    private final QueryPlans plans;

    AdminOverviews(
            ProgrammeFigures programmes, UsageByMonth usage, MessageSource messages, Clock clock, QueryPlans plans) {
        this.programmes = programmes;
        this.plans = plans;
        this.usage = usage;
        this.messages = messages;
        this.clock = clock;
    }

    /** The overview with use from {@code from} to {@code to} (null: the twelve months up to this one). */
    public AdminOverview build(YearMonth from, YearMonth to, Locale locale) {
        plans.planForTheParametersAtHand();
        ReportTexts text = ReportTexts.of(messages, locale);
        YearMonth until = to != null ? to : YearMonth.now(clock);
        YearMonth since = from != null ? from : until.minusMonths(11);
        InstallationCounts counts = programmes.installation();
        List<List<Cell>> countRows = List.of(
                List.of(Cell.text(text.get("dashboard.admin.running")), Cell.count(counts.running())),
                List.of(Cell.text(text.get("dashboard.admin.planned")), Cell.count(counts.planned())),
                List.of(Cell.text(text.get("dashboard.admin.completed")), Cell.count(counts.completed())),
                List.of(Cell.text(text.get("dashboard.admin.municipalities")), Cell.count(counts.municipalities())),
                List.of(Cell.text(text.get("dashboard.admin.participants")), Cell.count(counts.participants())),
                List.of(Cell.text(text.get("dashboard.admin.accounts")), Cell.count(counts.accounts())));
        DashboardTable countTable = new DashboardTable(
                "counts",
                text.get("dashboard.admin.counts.caption"),
                List.of(text.get(
                        "dashboard.admin.counts.summary",
                        text.count(counts.running()),
                        text.count(counts.municipalities()),
                        text.count(counts.participants()))),
                Columns.named(text, "what", "count"),
                countRows);
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (YearMonth m = since; !m.isAfter(until); m = m.plusMonths(1)) {
            months.put(m, new long[5]);
        }
        UsageByMonth.Usage counted = usage.between(since, until);
        for (UsageByMonth.Month m : counted.months()) {
            long[] values = months.get(m.month());
            if (values != null) {
                values[0] = m.entries();
                values[1] = m.writers();
                values[2] = m.gatherings();
                values[3] = m.presences();
                values[4] = m.sessions();
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        long entries = 0;
        for (Map.Entry<YearMonth, long[]> m : months.entrySet()) {
            long[] v = m.getValue();
            entries += v[0];
            rows.add(List.of(
                    new Cell.Month(m.getKey()),
                    Cell.count(v[0]),
                    Cell.count(v[1]),
                    Cell.count(v[2]),
                    Cell.count(v[3]),
                    Cell.count(v[4])));
        }
        DashboardTable useTable = new DashboardTable(
                        "usage",
                        text.get("dashboard.admin.usage.caption"),
                        List.of(
                                text.get(
                                        "dashboard.months.summary",
                                        text.count(entries),
                                        new Cell.Month(since).display(locale),
                                        new Cell.Month(until).display(locale)),
                                counted.countedAt() == null
                                        ? text.get("dashboard.admin.usage.notCounted")
                                        : text.get(
                                                "dashboard.admin.usage.counted",
                                                DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                                                        .format(counted.countedAt()
                                                                .atZoneSameInstant(clock.getZone())))),
                        Columns.named(text, "month", "logEntries", "writers", "gatherings", "present", "coachingHeld"),
                        rows)
                .charted(1, locale);
        return new AdminOverview(since, until, List.of(countTable, useTable));
    }
}
