package no.samla.networkgroup.internal;

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
 * Network meetings in calendars: the meetings of the person's current groups and those they facilitate. A cancelled
 * meeting stays, as cancelled with a higher SEQUENCE, for {@link #KEEP_DAYS} after its date. One query per feed.
 */
@Component
@Transactional(readOnly = true)
class NetworkMeetingCalendar implements CalendarSource {

    static final int KEEP_DAYS = 60;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final String OF_PERSON = """
            from network_meeting nm
            join network_group ng on ng.id = nm.network_group_id and ng.status = 'ACTIVE'
            join programme p on p.id = nm.programme_id and not p.template
            left join person f on f.id = nm.facilitator_person_id
            where (nm.facilitator_person_id = :person or exists (select 1 from network_group_member mem
                   where mem.network_group_id = ng.id and mem.person_id = :person and mem.left_on is null))
              and (nm.status = 'PLANNED' or nm.meeting_date >= :keepFrom)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;

    NetworkMeetingCalendar(NamedParameterJdbcTemplate jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    static String uid(long meetingId) {
        return "network-meeting-" + meetingId + "@samla";
    }

    @Override
    public List<CalendarEvent> eventsOf(long personId, Locale locale) {
        return jdbc.query(
                "select nm.id, ng.name, nm.number, nm.meeting_date, nm.start_time, nm.end_time, nm.mode, nm.location,"
                        + " f.full_name, nm.focus, nm.status, nm.calendar_sequence, nm.calendar_changed_at, p.name "
                        + OF_PERSON + " order by nm.meeting_date, nm.id",
                parameters(personId),
                (rs, row) -> {
                    long id = rs.getLong(1);
                    LocalDate date = rs.getDate(4).toLocalDate();
                    String mode = rs.getString(7);
                    String location = rs.getString(8);
                    String facilitator = rs.getString(9);
                    String focus = rs.getString(10);
                    boolean cancelled = "CANCELLED".equals(rs.getString(11));
                    List<String> lines = new ArrayList<>();
                    lines.add(message("calendar.networkMeeting.programme", locale, rs.getString(14)));
                    lines.add(
                            facilitator == null
                                    ? message("calendar.networkMeeting.selfRunning", locale)
                                    : message("calendar.networkMeeting.facilitator", locale, facilitator));
                    if (focus != null) {
                        lines.add(message("calendar.networkMeeting.focus", locale, focus));
                    }
                    String summary = message("calendar.networkMeeting.summary", locale, rs.getString(2), rs.getInt(3));
                    return new CalendarEvent(
                            uid(id),
                            rs.getInt(12),
                            date.atTime(rs.getObject(5, LocalTime.class)),
                            date.atTime(rs.getObject(6, LocalTime.class)),
                            cancelled ? message("calendar.gathering.cancelled", locale, summary) : summary,
                            location != null ? location : message("meeting.mode." + mode, locale),
                            lines,
                            "/network-group/meetings/" + id,
                            cancelled ? CalendarEvent.Status.CANCELLED : CalendarEvent.Status.CONFIRMED,
                            rs.getTimestamp(13).toInstant());
                });
    }

    @Override
    public Deferred<Boolean> hasEvents(long personId, ReadBatch reads) {
        return reads.single(
                "select exists (select 1 " + OF_PERSON + ")", parameters(personId), (row, n) -> row.getBoolean(1));
    }

    private MapSqlParameterSource parameters(long personId) {
        return new MapSqlParameterSource("person", personId)
                .addValue("keepFrom", LocalDate.now(clock.withZone(OSLO)).minusDays(KEEP_DAYS));
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
