/**
 * Calendars: iCalendar files for download and each person's secret, revocable calendar feed, filled by the
 * modules that implement {@link no.samla.calendar.CalendarSource}.
 */
package no.samla.calendar;
