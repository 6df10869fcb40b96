package no.samla.innovation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** What the coordinator fills in for a home visit: when, where, who comes and the agenda. */
public record HomeVisitData(
        LocalDate date, LocalTime startTime, LocalTime endTime, String place, String agenda, Set<Long> personIds) {

    public HomeVisitData {
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
    }
}
