package no.samla.networkgroup;

import java.time.LocalDate;

/** A period a municipality marks as busy for its leaders (budget weeks, holidays): no meetings then. */
public record BusyPeriod(long id, long municipalityId, LocalDate from, LocalDate to, String label) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
