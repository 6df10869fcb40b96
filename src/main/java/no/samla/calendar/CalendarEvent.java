package no.samla.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One event in a calendar, as a {@link CalendarSource} supplies it.
 *
 * @param uid stable across changes, unique across Samla (for example {@code gathering-12@samla})
 * @param sequence grows when the time or place changes, so that calendars take the new version
 * @param start local wall-clock time in Europe/Oslo
 * @param end local wall-clock time in Europe/Oslo
 * @param location where it is held, or null
 * @param descriptionLines the description's lines, already in the reader's language
 * @param path the address of the event's page in Samla, starting with a slash, or null
 * @param changedAt when it last changed (DTSTAMP and LAST-MODIFIED)
 */
public record CalendarEvent(
        String uid,
        int sequence,
        LocalDateTime start,
        LocalDateTime end,
        String summary,
        String location,
        List<String> descriptionLines,
        String path,
        Status status,
        Instant changedAt) {

    public CalendarEvent {
        descriptionLines = List.copyOf(descriptionLines);
    }

    public enum Status {
        CONFIRMED,
        TENTATIVE,
        CANCELLED
    }
}
