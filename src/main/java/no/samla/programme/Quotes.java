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

    Quotes(GatheringSchedule gatherings, Enrolments enrolments) {
        this.gatherings = gatherings;
        this.enrolments = enrolments;
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
                enrolments.municipalities(id, null).size());
    }
}
