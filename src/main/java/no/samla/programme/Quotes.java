package no.samla.programme;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Prices programmes: the quote from a programme's rates, plan, gatherings and who takes part. */
@Service
@Transactional(readOnly = true)
public class Quotes {

    private final GatheringSchedule gatherings;
    private final Enrolments enrolments;
    private final List<ProgrammeActivities> activities;

    Quotes(GatheringSchedule gatherings, Enrolments enrolments, List<ProgrammeActivities> activities) {
        this.gatherings = gatherings;
        this.enrolments = enrolments;
        this.activities = activities;
    }

    public Quote quote(Programme programme) {
        return quote(programme, gatherings.gatheringsOf(programme.getId()));
    }

    /** The quote with the programme's gatherings already at hand. */
    public Quote quote(Programme programme, List<GatheringSchedule.ScheduledGathering> scheduled) {
        long id = programme.getId();
        return Quote.compute(
                programme.getRates(),
                programme.getPlan(),
                scheduled.stream()
                        .map(GatheringSchedule.ScheduledGathering::adviserDays)
                        .toList(),
                enrolments.activeParticipants(id),
                enrolments.municipalities(id, null).size(),
                actual(id));
    }

    /** What the other modules count for the programme: the actual meetings and coaching sessions, where any. */
    public ProgrammeActivities.ActualCounts actual(long programmeId) {
        ProgrammeActivities.ActualCounts counts = ProgrammeActivities.ActualCounts.none();
        for (ProgrammeActivities source : activities) {
            counts = counts.with(source.quoteCounts(programmeId));
        }
        return counts;
    }
}
