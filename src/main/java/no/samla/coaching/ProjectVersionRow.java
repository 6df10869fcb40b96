package no.samla.coaching;

import java.time.Instant;

/** One saved version of a development project in its history. */
public record ProjectVersionRow(int number, Instant createdAt) {}
