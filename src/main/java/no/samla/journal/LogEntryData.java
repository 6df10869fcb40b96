package no.samla.journal;

import java.time.LocalDate;
import no.samla.coaching.DevelopmentProject;
import no.samla.coaching.LeadershipBehaviour;

/**
 * What a leader saves in an entry: the day, the text, what it is linked to (all optional) and whom it is shared with
 * (the same choice as for a development project; no one by default).
 */
public record LogEntryData(
        LocalDate date,
        LogEntryText text,
        Long assignmentId,
        boolean aboutDevelopmentProject,
        LeadershipBehaviour behaviour,
        Long networkMeetingId,
        DevelopmentProject.Sharing sharing) {}
