package no.samla.gathering;

import java.time.LocalDate;

/**
 * One thing to check in a coordinator's upcoming schedule: a gathering and what is wrong with it. The other
 * programme is named only when the viewer may see it; another provider's programme stays anonymous.
 */
public record ScheduleConflict(
        Kind kind,
        long gatheringId,
        long programmeId,
        String programmeName,
        int number,
        String title,
        LocalDate startDate,
        String facilitatorName,
        LocalDate otherDate,
        String otherProgrammeName,
        int facilitatorCount) {

    public enum Kind {
        FACILITATOR_BUSY,
        VENUE_BUSY,
        OUTSIDE_PERIOD,
        FEW_FACILITATORS
    }
}
