package no.samla.networkgroup;

import java.time.LocalDate;
import java.time.LocalTime;

/** What a coordinator sets for one meeting. */
public record MeetingData(
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        MeetingMode mode,
        String location,
        Long facilitatorPersonId) {}
