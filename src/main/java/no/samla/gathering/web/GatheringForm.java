package no.samla.gathering.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import no.samla.gathering.Gathering;
import no.samla.gathering.GatheringData;
import no.samla.gathering.GatheringFormat;
import no.samla.gathering.Venue;
import no.samla.system.web.FormValues;
import org.springframework.format.annotation.DateTimeFormat;

/** A gathering as its form shows it. */
record GatheringForm(
        @NotNull @Min(1) @Max(100) Integer number,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String theme,
        @NotNull GatheringFormat format,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,

        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
        @Size(max = 200) String venueName,
        @Size(max = 300) String venueAddress,
        @Size(max = 100) String venueRoom,
        @Min(1) @Max(10000) Integer venueCapacity,

        @Size(max = 500) @Pattern(regexp = "^$|^https://\\S+$")
        String videoLink,

        Set<Long> facilitatorIds,
        @Size(max = 4000) String agendaOutline,
        @NotNull Long version) {

    static GatheringForm next(int number, LocalDate date) {
        return of(GatheringData.outline(number, "", "", GatheringFormat.ONE_DAY, date, ""), 0L);
    }

    static GatheringForm of(Gathering gathering) {
        return of(gathering.data(), gathering.getVersion());
    }

    private static GatheringForm of(GatheringData data, long version) {
        Venue venue = data.venue() == null ? Venue.none() : data.venue();
        return new GatheringForm(
                data.number(),
                data.title(),
                orEmpty(data.theme()),
                data.format(),
                data.startDate(),
                data.startTime(),
                data.endTime(),
                orEmpty(venue.name()),
                orEmpty(venue.address()),
                orEmpty(venue.room()),
                venue.capacity(),
                orEmpty(data.videoLink()),
                data.facilitatorIds(),
                orEmpty(data.agendaOutline()),
                version);
    }

    /** A one-day gathering cannot end before it starts; longer ones end on a later day. */
    boolean endsBeforeItStarts() {
        return format != null
                && format.calendarDays() == 1
                && startTime != null
                && endTime != null
                && !endTime.isAfter(startTime);
    }

    GatheringData toData() {
        return new GatheringData(
                number,
                title.strip(),
                blankToNull(theme),
                format,
                startDate,
                blankToNull(agendaOutline),
                startTime,
                endTime,
                new Venue(blankToNull(venueName), blankToNull(venueAddress), blankToNull(venueRoom), venueCapacity),
                blankToNull(videoLink),
                FormValues.ids(facilitatorIds));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
