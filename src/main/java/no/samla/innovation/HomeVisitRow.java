package no.samla.innovation;

import java.time.LocalDate;
import java.time.LocalTime;

/** An enrolled municipality on the home visit list, with its visit or without one (visit fields null). */
public record HomeVisitRow(
        long municipalityId,
        String municipalityName,
        Long visitId,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String place,
        long comers,
        boolean hasNotes) {

    public boolean scheduled() {
        return visitId != null;
    }
}
