package no.samla.innovation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.samla.innovation.HomeVisit;
import no.samla.innovation.HomeVisitData;
import no.samla.system.web.FormValues;
import org.springframework.format.annotation.DateTimeFormat;

/** A home visit as its form shows it; the municipality is chosen only when the visit is scheduled. */
record HomeVisitForm(
        Long municipalityId,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        LocalTime startTime,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        LocalTime endTime,

        @NotBlank @Size(max = 500) String place,
        @Size(max = 4000) String agenda,
        List<Long> personIds,
        @NotNull Long version) {

    static HomeVisitForm scheduling(Long municipalityId) {
        return new HomeVisitForm(municipalityId, null, LocalTime.of(9, 0), LocalTime.of(15, 0), "", "", List.of(), 0L);
    }

    static HomeVisitForm of(HomeVisit visit) {
        HomeVisitData data = visit.data();
        return new HomeVisitForm(
                visit.getMunicipalityId(),
                data.date(),
                data.startTime(),
                data.endTime(),
                data.place(),
                data.agenda(),
                List.copyOf(data.personIds()),
                visit.getVersion());
    }

    HomeVisitData data() {
        return new HomeVisitData(date, startTime, endTime, place, agenda, FormValues.ids(personIds));
    }

    /** Whether a person is ticked, so that a form sent back keeps its choices. */
    public boolean comes(long personId) {
        return personIds != null && personIds.contains(personId);
    }
}
