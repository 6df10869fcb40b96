package no.samla.journal;

import java.time.LocalDate;
import no.samla.coaching.DevelopmentProject;
import no.samla.coaching.LeadershipBehaviour;

/**
 * What a leader saves in an entry: the day, the text, what it is linked to (all optional, an innovation case among
 * them) and whom it is shared with (the same choice as for a development project; no one by default).
 */
public record LogEntryData(
        LocalDate date,
        LogEntryText text,
        Long assignmentId,
        boolean aboutDevelopmentProject,
        LeadershipBehaviour behaviour,
        Long networkMeetingId,
        DevelopmentProject.Sharing sharing,
        Long innovationCaseId) {

    /** An entry not linked to an innovation case. */
    public LogEntryData(
            LocalDate date,
            LogEntryText text,
            Long assignmentId,
            boolean aboutDevelopmentProject,
            LeadershipBehaviour behaviour,
            Long networkMeetingId,
            DevelopmentProject.Sharing sharing) {
        this(date, text, assignmentId, aboutDevelopmentProject, behaviour, networkMeetingId, sharing, null);
    }
}
