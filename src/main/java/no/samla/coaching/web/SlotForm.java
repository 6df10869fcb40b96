package no.samla.coaching.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import no.samla.coaching.CoachingMode;
import org.springframework.format.annotation.DateTimeFormat;

/** A slot a coach publishes: programme, date and time in Europe/Oslo, length, how, and where or which link. */
record SlotForm(
        @NotNull Long programmeId,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime time,
        @NotNull @Min(15) @Max(240) Integer minutes,
        @NotNull CoachingMode mode,
        @Size(max = 300) String place) {

    static SlotForm next(Long programmeId, LocalDate date) {
        return new SlotForm(programmeId, date, LocalTime.of(9, 0), 60, CoachingMode.VIDEO, "");
    }
}
