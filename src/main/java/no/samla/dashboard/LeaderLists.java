package no.samla.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samla.dashboard.DashboardAccess.ListView;
import no.samla.programme.ParticipantScope;
import no.samla.report.ReportTexts;
import no.samla.system.QueryPlans;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list behind a figure: the participants of a programme (or of one municipality in it) that the figure counts,
 * with each one's counts and dates; never what anyone wrote. Five statements whatever the programme's size.
 */
@Component
@Transactional(readOnly = true)
public class LeaderLists {

    private final DashboardFacts facts;
    private final MessageSource messages;
    private final QueryPlans plans;

    LeaderLists(DashboardFacts facts, MessageSource messages, QueryPlans plans) {
        this.facts = facts;
        this.plans = plans;
        this.messages = messages;
    }

    /** The participants the filter holds, by name, as the table "leaders". */
    public DashboardTable build(ListView view, LeaderFilter filter, Locale locale) {
        plans.planForTheParametersAtHand();
        ReportTexts text = ReportTexts.of(messages, locale);
        List<ParticipantFacts> all =
                facts.of(ParticipantScope.of(view.programme().getId(), view.municipalityId()));
        List<List<Cell>> rows = new ArrayList<>();
        for (ParticipantFacts f : all) {
            if (!filter.test(f)) {
                continue;
            }
            rows.add(List.of(
                    Cell.text(f.participant().name()),
                    Cell.text(f.participant().municipalityName()),
                    Cell.percent(f.attendance().present(), f.attendance().held()),
                    Cell.count(f.attendance().absent()),
                    Cell.count(f.work().recentEntries()),
                    new Cell.Date(f.work().lastEntry()),
                    Cell.percent(f.work().onTime(), f.work().assignments()),
                    Cell.count(f.work().overdue()),
                    Cell.text(text.get(
                            "dashboard.coaching.ofQuota",
                            text.count(f.coaching().held()),
                            text.count(f.coaching().quota()),
                            text.count(f.coaching().ahead()))),
                    Cell.percent(f.meetings().present(), f.meetings().marked()),
                    Cell.text(f.atRisk() ? CoordinatorOverviews.reasons(text, f) : "")));
        }
        return new DashboardTable(
                "leaders",
                text.get("dashboard.leaders.caption." + filter.name()),
                List.of(text.get("dashboard.leaders.summary", text.count(rows.size()), text.count(all.size()))),
                Columns.named(
                        text,
                        "leader",
                        "municipality",
                        "attendance",
                        "absent",
                        "entries30",
                        "lastEntry",
                        "onTime",
                        "overdue",
                        "coachingSessions",
                        "meetings",
                        "why"),
                rows);
    }
}
