package no.samla.platform;

import java.time.Instant;

/** A comment on a principle with the name of the leader who wrote it. */
public record CommentRow(long id, long principleId, String authorName, String text, Instant createdAt) {}
