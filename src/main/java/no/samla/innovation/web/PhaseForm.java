package no.samla.innovation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A move of a case to another phase: which, when it was decided, by whom and why. */
record PhaseForm(
        @NotNull Long phaseId,
        @NotNull LocalDate decidedOn,
        @NotBlank @Size(max = 200) String decidedBy,
        @Size(max = 2000) String comment,
        @NotNull Long version) {}
