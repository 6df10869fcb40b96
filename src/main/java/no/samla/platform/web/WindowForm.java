package no.samla.platform.web;

import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** Opens the comment window until a date (and time, end of the day when left out), or until closed when no date. */
record WindowForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate untilDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime untilTime) {

    static WindowForm empty() {
        return new WindowForm(null, null);
    }
}
