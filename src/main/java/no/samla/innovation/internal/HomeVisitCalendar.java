package no.samla.innovation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samla.calendar.CalendarEvent;
import no.samla.calendar.CalendarSource;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home visits in the calendars of those who come. A deleted visit stays, as cancelled with a higher SEQUENCE, for
 * {@link #KEEP_DAYS} after its date so that calendars remove it. One query per feed.
 */
@Component
@Transactional(readOnly = true)
class HomeVisitCalendar implements CalendarSource {

    static final int KEEP_DAYS = 60;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final String OF_PERSON = """
            from home_visit hv
            join home_visit_participant hp on hp.home_visit_id = hv.id and hp.person_id = :person
            join programme p on p.id = hv.programme_id and not p.template
            join municipality m on m.id = hv.municipality_id
            where (hv.status = 'SCHEDULED' or hv.visit_date >= :keepFrom)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;

    HomeVisitCalendar(NamedParameterJdbcTemplate jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    static String uid(long visitId) {
        return "home-visit-" + visitId + "@samla";
    }

    @Override
    public List<CalendarEvent> eventsOf(long personId, Locale locale) {
        return jdbc.query(
                "select hv.id, m.name, hv.visit_date, hv.start_time, hv.end_time, hv.place, hv.agenda, hv.status,"
                        + " hv.calendar_sequence, hv.calendar_changed_at, p.name "
                        + OF_PERSON + " order by hv.visit_date, hv.id",
                parameters(personId),
                (rs, row) -> {
                    long id = rs.getLong(1);
                    LocalDate date = rs.getObject(3, LocalDate.class);
                    boolean cancelled = "CANCELLED".equals(rs.getString(8));
                    List<String> lines = new ArrayList<>();
                    lines.add(message("calendar.homeVisit.programme", locale, rs.getString(11)));
                    String agenda = rs.getString(7);
                    if (agenda != null) {
                        lines.add(message("calendar.homeVisit.agenda", locale, agenda));
                    }
                    String summary = message("calendar.homeVisit.summary", locale, rs.getString(2));
                    return new CalendarEvent(
                            uid(id),
                            rs.getInt(9),
                            date.atTime(rs.getObject(4, LocalTime.class)),
                            date.atTime(rs.getObject(5, LocalTime.class)),
                            cancelled ? message("calendar.gathering.cancelled", locale, summary) : summary,
                            rs.getString(6),
                            lines,
                            cancelled ? null : "/home-visits/" + id,
                            cancelled ? CalendarEvent.Status.CANCELLED : CalendarEvent.Status.CONFIRMED,
                            rs.getTimestamp(10).toInstant());
                });
    }

    @Override
    public Deferred<Boolean> hasEvents(long personId, ReadBatch reads) {
        return reads.single(
                "select exists (select 1 " + OF_PERSON + " and hv.status = 'SCHEDULED')",
                parameters(personId),
                (row, n) -> row.getBoolean(1));
    }

    private MapSqlParameterSource parameters(long personId) {
        return new MapSqlParameterSource("person", personId)
                .addValue("keepFrom", LocalDate.now(clock.withZone(OSLO)).minusDays(KEEP_DAYS));
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
