package no.samla.networkgroup;

import java.time.Instant;

/** A note shared within a group about one meeting. */
public record MeetingNote(long id, long authorPersonId, String authorName, String text, Instant createdAt) {}
