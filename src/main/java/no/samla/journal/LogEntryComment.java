package no.samla.journal;

import java.time.Instant;

/** A comment on an entry by someone it is shared with, or the leader's reply. */
public record LogEntryComment(long id, long authorPersonId, String authorName, String text, Instant createdAt) {}
