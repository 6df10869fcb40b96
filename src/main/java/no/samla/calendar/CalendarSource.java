package no.samla.calendar;

import java.util.List;
import java.util.Locale;

/**
 * What a module puts in a person's calendar feed (gatherings now; network meetings and coaching sessions
 * later). Implementations live in the module that owns the events, which depends on this one.
 */
public interface CalendarSource {

    /**
     * The person's events, cancelled ones included while calendars still need to hear of them; in a constant
     * number of queries, whatever the number of events. Texts are in the given language.
     */
    List<CalendarEvent> eventsOf(long personId, Locale locale);

    /** Whether the person has any event from this source now (for the start page); one query. */
    boolean hasEvents(long personId);
}
