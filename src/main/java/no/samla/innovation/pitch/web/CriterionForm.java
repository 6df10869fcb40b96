package no.samla.innovation.pitch.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of a new criterion. */
record CriterionForm(@NotBlank @Size(max = 100) String name) {}
