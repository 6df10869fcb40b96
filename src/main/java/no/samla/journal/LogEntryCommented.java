package no.samla.journal;

/**
 * Published when someone comments on a leader's log entry, after the comment is stored, so that the leader can be
 * told (the notification module listens; the journal does not depend on it).
 */
public record LogEntryCommented(
        long commentId, long entryId, long programmeId, long leaderPersonId, long authorPersonId) {}
