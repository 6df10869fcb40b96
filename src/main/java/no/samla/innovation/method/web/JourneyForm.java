package no.samla.innovation.method.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.samla.innovation.method.Journey;

/** A user journey's title and who the user is, with the version the form was opened on. */
record JourneyForm(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 1000) String persona,
        @NotNull Long version) {

    static JourneyForm empty() {
        return new JourneyForm("", "", 0L);
    }

    static JourneyForm of(Journey journey) {
        return new JourneyForm(journey.getTitle(), journey.getPersona(), journey.getVersion());
    }
}
