package no.samla.journal;

import java.time.LocalDate;

/** An assignment as the programme's coordinators see it, with how many of its recipients have done it. */
public record ProgrammeAssignment(
        long id,
        long programmeId,
        Long gatheringId,
        AssignmentKind kind,
        String title,
        String description,
        LocalDate dueOn,
        AssignmentAudience audience,
        Long leaderGroupId,
        Long networkGroupId,
        long recipients,
        long done,
        long version) {}
