package no.samla.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.samla.dashboard.DashboardAccess.MunicipalityView;
import no.samla.evaluation.EvaluationFigures;
import no.samla.evaluation.EvaluationFigures.EvaluationScore;
import no.samla.gathering.AttendanceFigures;
import no.samla.gathering.AttendanceFigures.GatheringAttendance;
import no.samla.innovation.InnovationFigures;
import no.samla.innovation.InnovationFigures.BenefitCount;
import no.samla.innovation.InnovationFigures.PhaseCases;
import no.samla.innovation.benefit.BenefitStatus;
import no.samla.journal.JournalFigures;
import no.samla.journal.JournalFigures.MonthlyEntries;
import no.samla.organisation.Municipality;
import no.samla.programme.ParticipantScope;
import no.samla.programme.ProgrammeFigures.Enrolment;
import no.samla.report.ReportNumbers;
import no.samla.report.ReportTexts;
import no.samla.survey.RoundKind;
import no.samla.survey.SurveyChange;
import no.samla.survey.SurveyChanges;
import no.samla.system.NotFoundException;
import no.samla.system.QueryPlans;
import no.samla.system.web.ListPages;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's dashboard: a row of figures for each programme it takes part in, then for one chosen programme
 * attendance per gathering, log entries per month, innovation cases and benefits, evaluation scores and survey change.
 * Only the municipality's own participants are counted, except evaluation scores, which are anonymous and therefore
 * the whole programme's. A fixed number of statements whatever the data.
 */
@Component
@Transactional(readOnly = true)
public class MunicipalityDashboards {

    /** The longest trend one may ask for, in months. */
    public static final int LONGEST_TREND = 60;

    public record MunicipalityDashboard(
            Municipality municipality,
            List<Enrolment> programmes,
            Page<Enrolment> programmePage,
            Enrolment selected,
            YearMonth from,
            YearMonth to,
            List<DashboardTable> tables) {

        public DashboardTable table(String id) {
            return DashboardTable.find(tables, id);
        }
    }

    private final DashboardFacts facts;
    private final AttendanceFigures attendance;
    private final JournalFigures journal;
    private final InnovationFigures innovation;
    private final EvaluationFigures evaluations;
    private final SurveyChanges surveys;
    private final MessageSource messages;
    private final Clock clock;
    private final QueryPlans plans;

    MunicipalityDashboards(
            DashboardFacts facts,
            AttendanceFigures attendance,
            JournalFigures journal,
            InnovationFigures innovation,
            EvaluationFigures evaluations,
            SurveyChanges surveys,
            MessageSource messages,
            Clock clock,
            QueryPlans plans) {
        this.facts = facts;
        this.plans = plans;
        this.attendance = attendance;
        this.journal = journal;
        this.innovation = innovation;
        this.evaluations = evaluations;
        this.surveys = surveys;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The dashboard of what {@code view} lets the user see, with {@code programmeId} chosen (null: the newest
     * programme) and the trend from {@code from} to {@code to} (null: the programme's months up to now). A programme
     * the view does not hold is not found.
     */
    public MunicipalityDashboard build(
            MunicipalityView view,
            Long programmeId,
            YearMonth from,
            YearMonth to,
            Pageable programmesShown,
            Locale locale) {
        plans.planForTheParametersAtHand();
        ReportTexts text = ReportTexts.of(messages, locale);
        long municipalityId = view.municipality().getId();
        List<Enrolment> programmes = view.enrolments();
        Enrolment selected = programmeId == null
                ? (programmes.isEmpty() ? null : programmes.get(0))
                : programmes.stream()
                        .filter(e -> e.programmeId() == programmeId)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Programme", programmeId));
        List<DashboardTable> tables = new ArrayList<>();
        Page<Enrolment> page = ListPages.of(programmes, programmesShown);
        if (selected == null) {
            return new MunicipalityDashboard(view.municipality(), programmes, page, null, from, to, tables);
        }
        // The facts of the programmes on this page of the overview, and of the chosen one for its details.
        List<Long> counted = new ArrayList<>(page.map(Enrolment::programmeId).getContent());
        if (!counted.contains(selected.programmeId())) {
            counted.add(selected.programmeId());
        }
        Map<Long, List<ParticipantFacts>> byProgramme = facts.of(new ParticipantScope(counted, municipalityId)).stream()
                .collect(Collectors.groupingBy(ParticipantFacts::programmeId, LinkedHashMap::new, Collectors.toList()));
        tables.add(programmeTable(text, programmes.size(), page.getContent(), byProgramme, municipalityId));

        long chosen = selected.programmeId();
        ParticipantScope scope = ParticipantScope.of(chosen, municipalityId);
        tables.add(gatheringTable(text, attendance.perGathering(scope, LocalDateTime.now(clock))));
        YearMonth until = to != null ? to : YearMonth.from(min(selected.endDate(), LocalDate.now(clock)));
        YearMonth since = from != null ? from : YearMonth.from(selected.startDate());
        if (since.isAfter(until)) {
            since = until;
        }
        long participants = byProgramme.getOrDefault(chosen, List.of()).size();
        tables.add(monthTable(text, journal.perMonth(scope, since, until), participants, since, until));
        tables.add(caseTable(
                text,
                innovation.cases(List.of(chosen), municipalityId, ReportNumbers.language(locale)),
                municipalityId));
        tables.add(benefitTable(text, innovation.benefits(List.of(chosen), municipalityId, LocalDate.now(clock))));
        tables.add(evaluationTable(text, evaluations.scores(scope)));
        tables.add(surveyTable(text, surveys.of(chosen, municipalityId), chosen));
        return new MunicipalityDashboard(view.municipality(), programmes, page, selected, since, until, tables);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The programmes shown (a page of them) with their figures; the summary speaks of the rows shown. */
    private static DashboardTable programmeTable(
            ReportTexts text,
            int allProgrammes,
            List<Enrolment> programmes,
            Map<Long, List<ParticipantFacts>> facts,
            long municipalityId) {
        List<List<Cell>> rows = new ArrayList<>();
        long atRisk = 0;
        long participants = 0;
        for (Enrolment e : programmes) {
            Tally tally = Tally.of(facts.getOrDefault(e.programmeId(), List.of()));
            atRisk += tally.atRisk();
            participants += tally.participants();
            rows.add(OverviewColumns.row(
                    new Cell.Text(
                            e.programmeName(),
                            "/dashboards/municipalities/" + municipalityId + "?programme=" + e.programmeId()),
                    tally,
                    e.programmeId(),
                    municipalityId));
        }
        return new DashboardTable(
                        "programmes",
                        text.get("dashboard.programmes.caption"),
                        List.of(text.get(
                                "dashboard.programmes.summary",
                                text.count(allProgrammes),
                                text.count(programmes.size()),
                                text.count(participants),
                                text.count(atRisk))),
                        OverviewColumns.headings(text, "programme"),
                        rows)
                .charted(2, text.locale());
    }

    static DashboardTable gatheringTable(ReportTexts text, List<GatheringAttendance> gatherings) {
        List<List<Cell>> rows = new ArrayList<>();
        long present = 0, expected = 0;
        for (GatheringAttendance g : gatherings) {
            long whole = g.held() ? g.participants() : 0;
            present += g.present();
            expected += whole;
            rows.add(List.of(
                    Cell.text(text.get("dashboard.gathering.name", g.number(), g.title())),
                    new Cell.Date(g.date()),
                    Cell.count(g.present()),
                    Cell.count(g.absent()),
                    Cell.count(g.excused()),
                    Cell.percent(g.present(), whole)));
        }
        String summary = expected == 0
                ? text.get("dashboard.gatherings.none")
                : text.get("dashboard.gatherings.summary", text.percent(present, expected), text.count(present));
        return new DashboardTable(
                        "gatherings",
                        text.get("dashboard.gatherings.caption"),
                        List.of(summary),
                        Columns.named(text, "gathering", "date", "present", "absent", "excused", "attendance"),
                        rows)
                .charted(5, text.locale());
    }

    /** Entries per month, also per participant now in the scope (the trend of how much each leader writes). */
    static DashboardTable monthTable(
            ReportTexts text, List<MonthlyEntries> entries, long participants, YearMonth from, YearMonth to) {
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, new long[2]);
        }
        for (MonthlyEntries e : entries) {
            long[] sums = months.get(e.month());
            if (sums != null) {
                sums[0] += e.entries();
                sums[1] += e.writers();
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        long total = 0;
        for (Map.Entry<YearMonth, long[]> m : months.entrySet()) {
            total += m.getValue()[0];
            rows.add(List.of(
                    new Cell.Month(m.getKey()),
                    Cell.count(m.getValue()[0]),
                    Cell.count(m.getValue()[1]),
                    new Cell.Decimal(participants == 0 ? null : (double) m.getValue()[0] / participants)));
        }
        return new DashboardTable(
                        "months",
                        text.get("dashboard.months.caption"),
                        List.of(text.get(
                                "dashboard.months.summary",
                                text.count(total),
                                new Cell.Month(from).display(text.locale()),
                                new Cell.Month(to).display(text.locale()))),
                        Columns.named(text, "month", "logEntries", "writers", "perLeader"),
                        rows)
                .charted(1, text.locale());
    }

    /** Cases per phase; each phase leads to the innovation library narrowed to the programme, municipality and phase. */
    private static DashboardTable caseTable(ReportTexts text, List<PhaseCases> cases, long municipalityId) {
        Map<String, long[]> phases = new LinkedHashMap<>();
        Map<String, String> links = new LinkedHashMap<>();
        for (PhaseCases c : cases) {
            links.putIfAbsent(
                    c.phaseName(),
                    "/innovation-library?programme=" + c.programmeId() + "&municipality=" + municipalityId + "&phase="
                            + c.phaseId());
            long[] sums = phases.computeIfAbsent(c.phaseName(), name -> new long[5]);
            sums[0] += c.green();
            sums[1] += c.amber();
            sums[2] += c.red();
            sums[3] += c.stopped();
            sums[4] += c.inOperation();
        }
        List<List<Cell>> rows = new ArrayList<>();
        long worked = 0;
        for (Map.Entry<String, long[]> p : phases.entrySet()) {
            long[] s = p.getValue();
            worked += s[0] + s[1] + s[2];
            rows.add(List.of(
                    new Cell.Text(p.getKey(), links.get(p.getKey())),
                    Cell.count(s[0]),
                    Cell.count(s[1]),
                    Cell.count(s[2]),
                    Cell.count(s[3]),
                    Cell.count(s[4])));
        }
        return new DashboardTable(
                "cases",
                text.get("dashboard.cases.caption"),
                List.of(
                        rows.isEmpty()
                                ? text.get("dashboard.cases.none")
                                : text.get("dashboard.cases.summary", text.count(worked))),
                Columns.named(text, "phase", "green", "amber", "red", "stopped", "inOperation"),
                rows);
    }

    private static DashboardTable benefitTable(ReportTexts text, List<BenefitCount> benefits) {
        Map<BenefitStatus, Long> counts = new LinkedHashMap<>();
        for (BenefitStatus status : BenefitStatus.values()) {
            counts.put(status, 0L);
        }
        benefits.forEach(b -> counts.merge(b.status(), b.benefits(), Long::sum));
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        List<List<Cell>> rows = new ArrayList<>();
        if (all > 0) {
            counts.forEach((status, count) -> rows.add(List.of(
                    Cell.text(text.get("dashboard.benefit." + status)), Cell.count(count), Cell.percent(count, all))));
        }
        long onTrack = counts.get(BenefitStatus.ON_TRACK) + counts.get(BenefitStatus.ACHIEVED);
        return new DashboardTable(
                        "benefits",
                        text.get("dashboard.benefits.caption"),
                        List.of(
                                all == 0
                                        ? text.get("dashboard.benefits.none")
                                        : text.get(
                                                "dashboard.benefits.summary",
                                                text.count(all),
                                                text.count(onTrack),
                                                text.percent(onTrack, all))),
                        Columns.named(text, "status", "benefits", "share"),
                        rows)
                .charted(2, text.locale());
    }

    private static DashboardTable evaluationTable(ReportTexts text, List<EvaluationScore> scores) {
        List<List<Cell>> rows = new ArrayList<>();
        for (EvaluationScore s : scores) {
            rows.add(List.of(
                    new Cell.Text(
                            s.gatheringNumber() == null
                                    ? text.get("dashboard.evaluation.programme")
                                    : text.get("dashboard.gathering.name", s.gatheringNumber(), s.gatheringTitle()),
                            "/programmes/" + s.programmeId() + "/evaluations/" + s.evaluationId() + "/results"),
                    Cell.count(s.answers()),
                    Cell.percent(s.answered(), s.participants()),
                    new Cell.Decimal(s.mean())));
        }
        return new DashboardTable(
                        "evaluations",
                        text.get("dashboard.evaluations.caption"),
                        List.of(
                                rows.isEmpty()
                                        ? text.get("dashboard.evaluations.none")
                                        : text.get("dashboard.evaluations.summary")),
                        Columns.named(text, "evaluation", "answers", "answeredHere", "mean"),
                        rows)
                .charted(3, text.locale());
    }

    /** Change per factor; each row leads to the survey's results page, a follow-up round's rows say so. */
    private static DashboardTable surveyTable(ReportTexts text, List<SurveyChange> changes, long programmeId) {
        List<List<Cell>> rows = new ArrayList<>();
        for (SurveyChange c : changes) {
            String name = c.surveyTitle() + ": " + c.factor()
                    + (c.afterKind() == RoundKind.AFTER ? "" : " " + text.get("dashboard.survey.followUp"));
            Cell.Text named =
                    new Cell.Text(name, "/programmes/" + programmeId + "/surveys/" + c.surveyId() + "/results");
            rows.add(
                    c.hidden()
                            ? List.of(
                                    named,
                                    new Cell.Decimal(null),
                                    new Cell.Decimal(null),
                                    new Cell.Decimal(null),
                                    Cell.text(text.get(
                                            c.secondary() ? "dashboard.survey.secondary" : "dashboard.survey.hidden")),
                                    Cell.text(""))
                            : List.of(
                                    named,
                                    new Cell.Decimal(c.beforeMean()),
                                    new Cell.Decimal(c.afterMean()),
                                    new Cell.Decimal(c.difference()),
                                    Cell.text(text.get(
                                            "dashboard.survey.interval",
                                            ReportNumbers.mean(c.low(), text.locale()),
                                            ReportNumbers.mean(c.high(), text.locale()))),
                                    Cell.count(c.pairs())));
        }
        return new DashboardTable(
                "surveys",
                text.get("dashboard.surveys.caption"),
                List.of(rows.isEmpty() ? text.get("dashboard.surveys.none") : text.get("dashboard.surveys.summary")),
                Columns.named(text, "factor", "before", "after", "change", "interval", "pairs"),
                rows);
    }
}
