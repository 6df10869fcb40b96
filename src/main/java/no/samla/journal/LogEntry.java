package no.samla.journal;

import java.time.Instant;
import java.time.LocalDate;
import no.samla.coaching.DevelopmentProject;
import no.samla.coaching.LeadershipBehaviour;

/**
 * A log entry with its latest text, its links (the innovation case by id and title) and its attachment (null when
 * none), as a reader sees it. {@code contentClearedAt} is when a retention rule emptied its text, or null.
 */
public record LogEntry(
        long id,
        long programmeId,
        String programmeName,
        long personId,
        String personName,
        LocalDate date,
        Long assignmentId,
        String assignmentTitle,
        Long developmentProjectId,
        LeadershipBehaviour behaviour,
        Long networkMeetingId,
        LocalDate networkMeetingDate,
        DevelopmentProject.Sharing sharing,
        int versionNumber,
        Instant updatedAt,
        LogEntryText text,
        LogEntryAttachment attachment,
        Long innovationCaseId,
        String innovationCaseTitle,
        Instant contentClearedAt) {

    public boolean owner(long personId) {
        return this.personId == personId;
    }
}
