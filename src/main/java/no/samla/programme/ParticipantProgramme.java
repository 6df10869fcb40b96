package no.samla.programme;

import java.time.LocalDate;

/** A programme a person takes part in as a participant, with the date of its next gathering (null when none). */
public record ParticipantProgramme(
        long id, String name, LocalDate startDate, LocalDate endDate, LocalDate nextGathering) {}
