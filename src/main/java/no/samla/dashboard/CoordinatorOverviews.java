package no.samla.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.samla.coaching.CoachingFigures;
import no.samla.gathering.AttendanceFigures;
import no.samla.journal.JournalFigures;
import no.samla.networkgroup.NetworkFigures;
import no.samla.notification.ActivityReminders;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantScope;
import no.samla.programme.ProgrammeFigures;
import no.samla.programme.ProgrammeFigures.Enrolment;
import no.samla.programme.ProgrammeStatus;
import no.samla.report.ReportTexts;
import no.samla.system.QueryPlans;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator's overview of the programmes they coordinate that are not archived: each programme's figures side by
 * side per municipality, the leaders at risk with when they were last reminded, and the work of the next
 * {@value #UPCOMING_DAYS} days. A fixed number of statements whatever the number of programmes and people.
 */
@Component
@Transactional(readOnly = true)
public class CoordinatorOverviews {

    public static final int UPCOMING_DAYS = 14;

    /** A leader at risk, for the reminder button next to their row. */
    public record AtRisk(long programmeId, long personId, LocalDate remindedOn) {}

    public record CoordinatorOverview(List<DashboardTable> tables, List<AtRisk> atRisk) {

        public DashboardTable table(String id) {
            return DashboardTable.find(tables, id);
        }
    }

    private final ProgrammeFigures programmes;
    private final DashboardFacts facts;
    private final AttendanceFigures gatherings;
    private final JournalFigures journal;
    private final CoachingFigures coaching;
    private final NetworkFigures network;
    private final ActivityReminders reminders;
    private final MessageSource messages;
    private final Clock clock;
    private final QueryPlans plans;

    CoordinatorOverviews(
            ProgrammeFigures programmes,
            DashboardFacts facts,
            AttendanceFigures gatherings,
            JournalFigures journal,
            CoachingFigures coaching,
            NetworkFigures network,
            ActivityReminders reminders,
            MessageSource messages,
            Clock clock,
            QueryPlans plans) {
        this.programmes = programmes;
        this.plans = plans;
        this.facts = facts;
        this.gatherings = gatherings;
        this.journal = journal;
        this.coaching = coaching;
        this.network = network;
        this.reminders = reminders;
        this.messages = messages;
        this.clock = clock;
    }

    public CoordinatorOverview build(SamlaUser coordinator, Locale locale) {
        plans.planForTheParametersAtHand();
        ReportTexts text = ReportTexts.of(messages, locale);
        Map<Long, List<Enrolment>> enrolments = programmes.enrolments(coordinator.personId(), null).stream()
                .filter(e -> e.status() != ProgrammeStatus.ARCHIVED)
                .collect(Collectors.groupingBy(Enrolment::programmeId, LinkedHashMap::new, Collectors.toList()));
        List<DashboardTable> tables = new ArrayList<>();
        List<AtRisk> atRiskRows = new ArrayList<>();
        if (enrolments.isEmpty()) {
            return new CoordinatorOverview(tables, atRiskRows);
        }
        List<Long> programmeIds = List.copyOf(enrolments.keySet());
        List<ParticipantFacts> all = facts.of(new ParticipantScope(programmeIds, null));
        Map<Long, List<ParticipantFacts>> byProgramme =
                all.stream().collect(Collectors.groupingBy(ParticipantFacts::programmeId));
        Map<Long, String> names = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Enrolment>> programme : enrolments.entrySet()) {
            long programmeId = programme.getKey();
            String name = programme.getValue().get(0).programmeName();
            names.put(programmeId, name);
            List<ParticipantFacts> inProgramme = byProgramme.getOrDefault(programmeId, List.of());
            Map<Long, List<ParticipantFacts>> byMunicipality = inProgramme.stream()
                    .filter(f -> f.municipalityId() != null)
                    .collect(Collectors.groupingBy(ParticipantFacts::municipalityId));
            List<List<Cell>> rows = new ArrayList<>();
            for (Enrolment e : programme.getValue()) {
                rows.add(OverviewColumns.row(
                        new Cell.Text(
                                e.municipalityName(),
                                "/dashboards/municipalities/" + e.municipalityId() + "?programme=" + programmeId),
                        Tally.of(byMunicipality.getOrDefault(e.municipalityId(), List.of())),
                        programmeId,
                        e.municipalityId()));
            }
            Tally total = Tally.of(inProgramme);
            rows.add(OverviewColumns.row(Cell.text(text.get("dashboard.total")), total, programmeId, null));
            tables.add(new DashboardTable(
                            "programme-" + programmeId,
                            name,
                            List.of(text.get(
                                    "dashboard.programme.summary",
                                    text.count(total.participants()),
                                    text.count(programme.getValue().size()),
                                    text.percent(total.present(), total.expectedPresences()),
                                    text.percent(total.active(), total.participants()),
                                    text.count(total.atRisk()))),
                            OverviewColumns.headings(text, "municipality"),
                            rows)
                    .charted(3, locale));
        }
        Map<String, LocalDate> reminded = reminders.lastSent(programmeIds);
        List<ParticipantFacts> atRisk = all.stream()
                .filter(ParticipantFacts::atRisk)
                .sorted(Comparator.comparing(
                                (ParticipantFacts f) -> f.participant().name())
                        .thenComparing(ParticipantFacts::programmeId))
                .toList();
        List<List<Cell>> riskRows = new ArrayList<>();
        for (ParticipantFacts f : atRisk) {
            LocalDate remindedOn = reminded.get(f.programmeId() + ":" + f.personId());
            atRiskRows.add(new AtRisk(f.programmeId(), f.personId(), remindedOn));
            riskRows.add(List.of(
                    Cell.text(f.participant().name()),
                    Cell.text(f.participant().municipalityName()),
                    Cell.text(names.get(f.programmeId())),
                    Cell.text(reasons(text, f)),
                    new Cell.Date(f.work().lastEntry()),
                    new Cell.Date(remindedOn)));
        }
        tables.add(new DashboardTable(
                "at-risk",
                text.get("dashboard.atRisk.caption"),
                List.of(text.get("dashboard.atRisk.summary", text.count(atRisk.size()), text.count(all.size()))),
                Columns.named(text, "leader", "municipality", "programme", "why", "lastEntry", "reminded"),
                riskRows));
        tables.add(upcoming(text, programmeIds, names));
        return new CoordinatorOverview(tables, atRiskRows);
    }

    static String reasons(ReportTexts text, ParticipantFacts facts) {
        return facts.risks().stream()
                .map(risk -> text.get("dashboard.risk." + risk))
                .collect(Collectors.joining("; "));
    }

    private DashboardTable upcoming(ReportTexts text, List<Long> programmeIds, Map<Long, String> names) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(UPCOMING_DAYS);
        record Item(LocalDate date, String what, long programmeId, String href) {}
        List<Item> items = new ArrayList<>();
        gatherings
                .upcoming(programmeIds, today, until)
                .forEach(g -> items.add(new Item(
                        g.date(),
                        text.get("dashboard.upcoming.gathering", g.number(), g.title()),
                        g.programmeId(),
                        "/gatherings/" + g.gatheringId())));
        network.upcoming(programmeIds, today, until)
                .forEach(m -> items.add(new Item(
                        m.date(),
                        text.get("dashboard.upcoming.meeting", m.groupName(), m.number()),
                        m.programmeId(),
                        null)));
        coaching.booked(programmeIds, today, until)
                .forEach(c -> items.add(new Item(
                        c.date(),
                        text.get("dashboard.upcoming.coaching", text.count(c.sessions())),
                        c.programmeId(),
                        null)));
        journal.due(programmeIds, today, until)
                .forEach(a -> items.add(new Item(
                        a.dueOn(),
                        text.get(
                                "dashboard.upcoming.assignment",
                                a.title(),
                                text.count(a.done()),
                                text.count(a.recipients())),
                        a.programmeId(),
                        null)));
        items.sort(Comparator.comparing(Item::date));
        List<List<Cell>> rows = items.stream()
                .map(i -> List.<Cell>of(
                        new Cell.Text(i.what(), i.href()),
                        new Cell.Date(i.date()),
                        Cell.text(names.get(i.programmeId()))))
                .toList();
        return new DashboardTable(
                "upcoming",
                text.get("dashboard.upcoming.caption", UPCOMING_DAYS),
                List.of(
                        rows.isEmpty()
                                ? text.get("dashboard.upcoming.none", UPCOMING_DAYS)
                                : text.get("dashboard.upcoming.summary", text.count(rows.size()), UPCOMING_DAYS)),
                Columns.named(text, "what", "date", "programme"),
                rows);
    }
}
