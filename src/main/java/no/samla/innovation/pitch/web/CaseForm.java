package no.samla.innovation.pitch.web;

import jakarta.validation.constraints.NotNull;

/** A programme case to add to the pitch's order. */
record CaseForm(@NotNull Long caseId) {}
