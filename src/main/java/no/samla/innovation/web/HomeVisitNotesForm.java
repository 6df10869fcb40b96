package no.samla.innovation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.samla.innovation.HomeVisit;

/** The notes written after a home visit. */
record HomeVisitNotesForm(
        @Size(max = 8000) String notes, @NotNull Long version) {

    static HomeVisitNotesForm of(HomeVisit visit) {
        return new HomeVisitNotesForm(visit.getNotes() == null ? "" : visit.getNotes(), visit.getVersion());
    }
}
