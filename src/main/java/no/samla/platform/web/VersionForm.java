package no.samla.platform.web;

import jakarta.validation.constraints.NotNull;

/** Saves the draft as a version after one of the programme's gatherings. */
record VersionForm(@NotNull Long gatheringId, @NotNull Long version) {}
