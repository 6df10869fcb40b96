package no.samla.journal;

import java.time.Instant;

/** One saved text of an entry; the text is null in a list of versions. */
public record LogEntryVersion(int number, Instant createdAt, LogEntryText text) {}
