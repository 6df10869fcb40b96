package no.samla.gathering;

import java.time.LocalDate;
import java.time.LocalTime;

/** A gathering someone takes part in that has not ended yet, with its programme's name: a line on the start page. */
public record NextGathering(
        long id,
        int number,
        String title,
        GatheringFormat format,
        LocalDate startDate,
        LocalTime startTime,
        LocalTime endTime,
        String venueName,
        String venueAddress,
        String venueRoom,
        String videoLink,
        long programmeId,
        String programmeName) {

    public LocalDate endDate() {
        return startDate.plusDays(format.calendarDays() - 1L);
    }

    public boolean digital() {
        return venueName == null && videoLink != null;
    }
}
