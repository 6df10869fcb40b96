package no.samla.coaching.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import no.samla.calendar.CalendarEvent;
import no.samla.calendar.CalendarSource;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching sessions in calendars, for the leader and the coach: booked ones, and cancelled ones as cancelled with a
 * higher SEQUENCE so that calendars remove them. From {@link #KEEP} back, at most {@link #LIMIT} per feed, in one
 * query.
 */
@Component
@Transactional(readOnly = true)
class CoachingCalendar implements CalendarSource {

    static final Duration KEEP = Duration.ofDays(60);
    static final int LIMIT = 500;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final String OF_PERSON = """
            from coaching_session s join coaching_slot sl on sl.id = s.slot_id
            join programme p on p.id = s.programme_id and not p.template
            join person leader on leader.id = s.leader_person_id
            join person coach on coach.id = s.coach_person_id
            where (s.leader_person_id = ? or s.coach_person_id = ?) and sl.starts_at >= ?
            """;

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;

    CoachingCalendar(JdbcTemplate jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    static String uid(long sessionId) {
        return "coaching-session-" + sessionId + "@samla";
    }

    @Override
    public List<CalendarEvent> eventsOf(long personId, Locale locale) {
        return jdbc.query(
                "select s.id, sl.starts_at, sl.minutes, sl.mode, sl.place, s.status, s.leader_person_id,"
                        + " leader.full_name, coach.full_name, p.name, coalesce(s.cancelled_at, s.booked_at) "
                        + OF_PERSON + " order by sl.starts_at, s.id limit " + LIMIT,
                (rs, row) -> {
                    long id = rs.getLong(1);
                    Instant start = rs.getTimestamp(2).toInstant();
                    boolean cancelled = "CANCELLED".equals(rs.getString(6));
                    boolean asLeader = rs.getLong(7) == personId;
                    String other = asLeader ? rs.getString(9) : rs.getString(8);
                    String summary = message("calendar.coaching.summary", locale, other);
                    String place = rs.getString(5);
                    return new CalendarEvent(
                            uid(id),
                            cancelled ? 1 : 0,
                            start.atZone(OSLO).toLocalDateTime(),
                            start.plusSeconds(rs.getInt(3) * 60L).atZone(OSLO).toLocalDateTime(),
                            cancelled ? message("calendar.gathering.cancelled", locale, summary) : summary,
                            place,
                            List.of(
                                    message("calendar.coaching.programme", locale, rs.getString(10)),
                                    message("coaching.mode." + rs.getString(4), locale)),
                            "/coaching/sessions/" + id,
                            cancelled ? CalendarEvent.Status.CANCELLED : CalendarEvent.Status.CONFIRMED,
                            rs.getTimestamp(11).toInstant());
                },
                personId,
                personId,
                java.sql.Timestamp.from(clock.instant().minus(KEEP)));
    }

    @Override
    public Deferred<Boolean> hasEvents(long personId, ReadBatch reads) {
        return reads.single(
                "select exists (select 1 " + OF_PERSON + " and s.status = 'BOOKED')",
                (row, n) -> row.getBoolean(1),
                personId,
                personId,
                java.sql.Timestamp.from(clock.instant().minus(KEEP)));
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
