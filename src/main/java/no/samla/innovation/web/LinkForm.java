package no.samla.innovation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A related case by its number (shown on every case page and board card). */
record LinkForm(@NotNull @Positive Long caseNumber) {}
