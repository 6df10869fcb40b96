package no.samla.gathering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samla.calendar.CalendarEvent;
import no.samla.calendar.CalendarSource;
import no.samla.system.NotFoundException;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gatherings in calendars: a person's feed gets the gatherings of the programmes they take part in (any role)
 * or coordinate, and those they facilitate; deleted ones stay as cancelled for {@link #KEEP_CANCELLED}
 * after their end. Two queries per feed, whatever the number of gatherings.
 */
@Service
@Transactional(readOnly = true)
public class GatheringCalendar implements CalendarSource {

    /** How long after its end a deleted gathering stays in feeds as cancelled. */
    static final Period KEEP_CANCELLED = Period.ofDays(60);

    private static final DateTimeFormatter SQL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final GatheringRepository gatherings;
    private final MessageSource messages;
    private final java.time.Clock clock;

    GatheringCalendar(GatheringRepository gatherings, MessageSource messages, java.time.Clock clock) {
        this.gatherings = gatherings;
        this.messages = messages;
        this.clock = clock;
    }

    /** The UID of a gathering in every calendar, the same across changes and requests. */
    public static String uid(long gatheringId) {
        return "gathering-" + gatheringId + "@samla";
    }

    @Override
    public List<CalendarEvent> eventsOf(long personId, Locale locale) {
        List<CalendarEvent> events = new ArrayList<>();
        for (Object[] row : gatherings.calendarOf(personId)) {
            events.add(event(row, locale));
        }
        String keepFrom = sqlTimestamp(LocalDateTime.now(clock).minus(KEEP_CANCELLED));
        for (Object[] row : gatherings.cancellationsOf(personId, keepFrom)) {
            events.add(cancellation(row, locale));
        }
        return events;
    }

    @Override
    public Deferred<Boolean> hasEvents(long personId, ReadBatch reads) {
        return reads.single(
                GatheringRepository.IN_ANY_CALENDAR, Map.of("person", personId), (row, n) -> row.getBoolean(1));
    }

    /** The programme a gathering belongs to, to check access before anything else; 404 if there is none. */
    public long programmeOf(long gatheringId) {
        return gatherings
                .findById(gatheringId)
                .map(Gathering::getProgrammeId)
                .orElseThrow(() -> new NotFoundException("Gathering", gatheringId));
    }

    /** One gathering as a calendar event; 404 for a template's gathering, which is never held. */
    public CalendarEvent eventOf(long gatheringId, Locale locale) {
        return gatherings.calendarEntry(gatheringId).stream()
                .findFirst()
                .map(row -> event(row, locale))
                .orElseThrow(() -> new NotFoundException("Gathering", gatheringId));
    }

    private CalendarEvent event(Object[] row, Locale locale) {
        long id = ((Number) row[0]).longValue();
        int number = ((Number) row[1]).intValue();
        String title = (String) row[2];
        String theme = (String) row[3];
        GatheringFormat format = GatheringFormat.valueOf((String) row[4]);
        LocalDate startDate = LocalDate.parse((String) row[5]);
        LocalDateTime start = startDate.atTime(LocalTime.parse((String) row[6]));
        LocalDateTime end = startDate.plusDays(format.calendarDays() - 1L).atTime(LocalTime.parse((String) row[7]));
        String videoLink = (String) row[11];
        String place = Stream.of((String) row[8], (String) row[10], (String) row[9])
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        String programme = (String) row[14];
        List<String> lines = new ArrayList<>();
        lines.add(message("calendar.gathering.programme", locale, programme, number));
        if (theme != null && !theme.isBlank()) {
            lines.add(message("calendar.gathering.theme", locale, theme));
        }
        if (videoLink != null) {
            lines.add(message("calendar.gathering.video", locale, videoLink));
        }
        return new CalendarEvent(
                uid(id),
                ((Number) row[12]).intValue(),
                start,
                end,
                title,
                place.isEmpty() ? videoLink : place,
                lines,
                "/gatherings/" + id,
                // A draft programme's dates are not settled yet.
                "DRAFT".equals(row[15]) ? CalendarEvent.Status.TENTATIVE : CalendarEvent.Status.CONFIRMED,
                Instant.ofEpochMilli(((Number) row[13]).longValue()));
    }

    private CalendarEvent cancellation(Object[] row, Locale locale) {
        return new CalendarEvent(
                uid(((Number) row[0]).longValue()),
                ((Number) row[5]).intValue(),
                LocalDateTime.parse((String) row[3]),
                LocalDateTime.parse((String) row[4]),
                message("calendar.gathering.cancelled", locale, (String) row[2]),
                null,
                List.of(message("calendar.gathering.programme", locale, row[7], ((Number) row[1]).intValue())),
                null,
                CalendarEvent.Status.CANCELLED,
                Instant.ofEpochMilli(((Number) row[6]).longValue()));
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    static String sqlTimestamp(LocalDateTime time) {
        return SQL_TIMESTAMP.format(time);
    }
}
