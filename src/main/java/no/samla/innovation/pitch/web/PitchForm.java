package no.samla.innovation.pitch.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.samla.innovation.pitch.Pitch;
import no.samla.innovation.pitch.PitchData;

/** A pitch's title, gathering and default minutes per case; the version guards against stale edits. */
record PitchForm(
        @NotBlank @Size(max = 200) String title,
        Long gatheringId,
        @NotNull @Min(1) @Max(120) Integer minutesPerCase,
        Long version) {

    static final int DEFAULT_MINUTES = 10;

    static PitchForm empty() {
        return new PitchForm("", null, DEFAULT_MINUTES, null);
    }

    static PitchForm of(Pitch pitch) {
        return new PitchForm(pitch.title(), pitch.gatheringId(), pitch.minutesPerCase(), pitch.version());
    }

    /** The version the form was opened at; a form without one counts as stale. */
    long openedAt() {
        return version == null ? -1 : version;
    }

    PitchData data() {
        return new PitchData(title, gatheringId, minutesPerCase);
    }
}
