package no.samla.journal;

import java.time.LocalDate;
import no.samla.coaching.DevelopmentProject;

/**
 * An entry in a list: who, when, the start of what they did, whom it is shared with, how many comments, and whether a
 * retention rule cleared its text.
 */
public record LogEntryRow(
        long id,
        long programmeId,
        String programmeName,
        long personId,
        String personName,
        LocalDate date,
        String summary,
        DevelopmentProject.Sharing sharing,
        long comments,
        boolean cleared) {}
