package no.samla.networkgroup.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import no.samla.networkgroup.MeetingMode;
import no.samla.networkgroup.NetworkMeetings;
import org.springframework.format.annotation.DateTimeFormat;

/** The meeting plan form: how many meetings, when in the week, how long, and who facilitates the first ones. */
record PlanForm(
        @NotNull @Min(1) @Max(50) Integer meetingsPerGroup,
        @NotNull DayOfWeek weekday,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
        @NotNull MeetingMode mode,
        @Size(max = 500) String location,
        Long facilitatorPersonId,
        @NotNull @Min(0) @Max(50) Integer facilitatedMeetings) {

    static final java.util.List<DayOfWeek> WEEKDAYS = java.util.List.of(
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    static PlanForm defaults(int planned, Long facilitator) {
        return new PlanForm(
                planned > 0 ? planned : 4,
                DayOfWeek.TUESDAY,
                LocalTime.of(9, 0),
                LocalTime.of(11, 30),
                MeetingMode.PHYSICAL,
                "",
                facilitator,
                2);
    }

    NetworkMeetings.PlanSettings settings() {
        return new NetworkMeetings.PlanSettings(
                meetingsPerGroup,
                weekday,
                startTime,
                endTime,
                mode,
                location == null || location.isBlank() ? null : location.strip(),
                facilitatorPersonId,
                facilitatedMeetings);
    }
}
