package no.samla.dashboard;

import java.util.ArrayList;
import java.util.List;
import no.samla.report.ReportTexts;

/**
 * The figures an overview row shows for a group of participants, each linked to the list of participants behind it
 * where there is one.
 */
final class OverviewColumns {

    private OverviewColumns() {}

    /** The headings, the first naming what a row is ({@code dashboard.column.<first>}). */
    static List<String> headings(ReportTexts text, String first) {
        return Columns.named(
                text,
                first,
                "participants",
                "attendance",
                "active",
                "entries",
                "onTime",
                "coaching",
                "meetings",
                "atRisk");
    }

    /** A row: its name (linked or not) and the tally's figures; links lead to the programme's lists when set. */
    static List<Cell> row(Cell name, Tally t, Long programmeId, Long municipalityId) {
        List<Cell> row = new ArrayList<>();
        row.add(name);
        row.add(new Cell.Count(t.participants(), link(LeaderFilter.ALL, programmeId, municipalityId)));
        row.add(new Cell.Percent(
                t.present(), t.expectedPresences(), link(LeaderFilter.MISSED_GATHERINGS, programmeId, municipalityId)));
        row.add(new Cell.Percent(
                t.active(), t.participants(), link(LeaderFilter.INACTIVE, programmeId, municipalityId)));
        row.add(new Cell.Decimal(t.entriesPerParticipant()));
        row.add(new Cell.Percent(t.onTime(), t.assignments(), link(LeaderFilter.OVERDUE, programmeId, municipalityId)));
        row.add(new Cell.Percent(
                t.coachingHeld(), t.coachingQuota(), link(LeaderFilter.NO_COACHING, programmeId, municipalityId)));
        row.add(Cell.percent(t.meetingsPresent(), t.meetingsMarked()));
        row.add(new Cell.Count(t.atRisk(), link(LeaderFilter.AT_RISK, programmeId, municipalityId)));
        return row;
    }

    private static String link(LeaderFilter filter, Long programmeId, Long municipalityId) {
        return programmeId == null ? null : filter.href(programmeId, municipalityId);
    }
}
