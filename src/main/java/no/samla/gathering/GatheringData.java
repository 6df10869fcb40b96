package no.samla.gathering;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** What a coordinator enters about a gathering. */
public record GatheringData(
        int number,
        String title,
        String theme,
        GatheringFormat format,
        LocalDate startDate,
        String agendaOutline,
        LocalTime startTime,
        LocalTime endTime,
        Venue venue,
        String videoLink,
        Set<Long> facilitatorIds) {

    /** A gathering with the usual day (09:00–15:30), no venue yet and no facilitators. */
    public static GatheringData outline(
            int number, String title, String theme, GatheringFormat format, LocalDate startDate, String agendaOutline) {
        return new GatheringData(
                number,
                title,
                theme,
                format,
                startDate,
                agendaOutline,
                LocalTime.of(9, 0),
                LocalTime.of(15, 30),
                Venue.none(),
                null,
                Set.of());
    }

    /** The same gathering on another date, for copies laid out from a template. */
    public GatheringData on(LocalDate date) {
        return new GatheringData(
                number,
                title,
                theme,
                format,
                date,
                agendaOutline,
                startTime,
                endTime,
                venue,
                videoLink,
                facilitatorIds);
    }
}
