package no.samla.calendar;

import java.util.List;
import java.util.Locale;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;

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

    /** Whether the person has any event from this source now (for the start page); one statement in the batch. */
    Deferred<Boolean> hasEvents(long personId, ReadBatch reads);
}
