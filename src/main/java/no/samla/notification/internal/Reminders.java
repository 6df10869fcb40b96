package no.samla.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samla.calendar.CalendarDocuments;
import no.samla.calendar.CalendarEvent;
import no.samla.gathering.GatheringCalendar;
import no.samla.notification.MailLanguage;
import no.samla.notification.NewNotification;
import no.samla.notification.NotificationKind;
import no.samla.notification.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder jobs. Each finds its recipients in one query (those who want the kind and have not been reminded
 * yet), renders the texts in each recipient's language and queues them; the idempotency key keeps a second run,
 * on this or another instance, from queueing anything again.
 */
@Component
public class Reminders {

    /** Recipients: people with an enabled account who have not turned the kind off, with their mail language. */
    private static final String RECIPIENT = """
            join person p on p.id = r.person_id
            join account a on a.person_id = p.id and a.enabled
            left join notification_preference np on np.person_id = p.id
            where not exists (select 1 from notification_opt_out o where o.person_id = p.id and o.kind = :kind)
              and not exists (select 1 from notification n where n.idempotency_key = :prefix || r.subject_id || ':' || p.id)
            """;

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final MailTexts texts;
    private final GatheringCalendar gatheringCalendar;
    private final CalendarDocuments calendarDocuments;
    private final Clock clock;
    private final String baseUrl;

    Reminders(
            JdbcClient jdbc,
            Outbox outbox,
            MailTexts texts,
            GatheringCalendar gatheringCalendar,
            CalendarDocuments calendarDocuments,
            Clock clock,
            @Value("${samla.base-url:}") String baseUrl,
            @Value("${server.port:8080}") int port) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.texts = texts;
        this.gatheringCalendar = gatheringCalendar;
        this.calendarDocuments = calendarDocuments;
        this.clock = clock;
        String base = baseUrl == null || baseUrl.isBlank() ? "http://localhost:" + port : baseUrl.strip();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** All reminders due today; what was queued before is not queued again. */
    public int runAll() {
        LocalDate today = LocalDate.now(clock);
        return gatherings(today, NotificationKind.GATHERING_WEEK)
                + gatherings(today, NotificationKind.GATHERING_TOMORROW)
                + evaluations()
                + coaching(today)
                + networkMeetings(today);
    }

    private record GatheringRecipient(
            long gatheringId,
            int number,
            String title,
            LocalDate startDate,
            LocalTime startTime,
            LocalTime endTime,
            String place,
            String programme,
            long personId,
            String name,
            String email,
            MailLanguage language) {}

    /**
     * Reminds everyone taking part in a programme (any active participation) of its gathering in 7 days
     * ({@code GATHERING_WEEK}) or tomorrow ({@code GATHERING_TOMORROW}), with the gathering's calendar file.
     */
    @Transactional
    public int gatherings(LocalDate today, NotificationKind kind) {
        LocalDate date = today.plusDays(kind == NotificationKind.GATHERING_WEEK ? 7 : 1);
        String prefix = prefix(kind);
        List<GatheringRecipient> recipients = jdbc.sql("""
                        select r.subject_id, g.number, g.title, g.start_date, g.start_time, g.end_time,
                               concat_ws(', ', nullif(g.venue_name, ''), nullif(g.venue_room, ''),
                                         nullif(g.venue_address, ''), g.video_link) as place,
                               pr.name, p.id, p.full_name, p.email, np.language
                        from (select distinct g.id as subject_id, pa.person_id
                              from gathering g
                              join programme pr on pr.id = g.programme_id
                                                and not pr.template and pr.status <> 'DRAFT'
                              join participation pa on pa.programme_id = g.programme_id and pa.left_on is null
                              where g.start_date = :date) r
                        join gathering g on g.id = r.subject_id
                        join programme pr on pr.id = g.programme_id
                        """ + RECIPIENT + " order by r.subject_id, p.id")
                .param("date", date)
                .param("kind", kind.name())
                .param("prefix", prefix)
                .query((rs, n) -> new GatheringRecipient(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalTime.class),
                        rs.getObject(6, LocalTime.class),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getLong(9),
                        rs.getString(10),
                        rs.getString(11),
                        MailLanguage.of(rs.getString(12))))
                .list();
        // One calendar file per gathering and language, not per recipient.
        Map<String, String> ics = new HashMap<>();
        List<NewNotification> queued = new ArrayList<>();
        for (GatheringRecipient r : recipients) {
            String attachment = ics.computeIfAbsent(r.gatheringId() + ":" + r.language(), key -> {
                CalendarEvent event =
                        gatheringCalendar.eventOf(r.gatheringId(), r.language().locale());
                return calendarDocuments.render(event.summary(), List.of(event), baseUrl);
            });
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", r.name());
            model.put("title", r.title());
            model.put("number", r.number());
            model.put("programme", r.programme());
            model.put("date", date(r.startDate(), r.language()));
            model.put("start", r.startTime().toString());
            model.put("end", r.endTime().toString());
            model.put("place", r.place() == null || r.place().isBlank() ? null : r.place());
            model.put("tomorrow", kind == NotificationKind.GATHERING_TOMORROW);
            model.put("link", baseUrl + "/gatherings/" + r.gatheringId());
            MailTexts.Rendered mail = texts.render(kind, r.language(), new Object[] {r.title()}, model);
            queued.add(new NewNotification(
                    r.personId(),
                    r.email(),
                    kind,
                    prefix + r.gatheringId() + ":" + r.personId(),
                    r.language(),
                    mail.subject(),
                    mail.text(),
                    mail.html(),
                    "samla-gathering-" + r.gatheringId() + ".ics",
                    attachment));
        }
        return outbox.enqueue(queued);
    }

    /** Reminds the participants of an open evaluation who have not answered it yet; once per evaluation. */
    @Transactional
    public int evaluations() {
        NotificationKind kind = NotificationKind.EVALUATION_OPEN;
        String prefix = prefix(kind);
        List<NewNotification> queued = jdbc.sql("""
                        select r.subject_id, pr.name, g.number, g.title, p.id, p.full_name, p.email, np.language
                        from (select distinct e.id as subject_id, pa.person_id
                              from evaluation e
                              join programme pr on pr.id = e.programme_id and not pr.template
                              join participation pa on pa.programme_id = e.programme_id and pa.left_on is null
                              join participation_role pro on pro.participation_id = pa.id and pro.role = 'PARTICIPANT'
                              where e.status = 'OPEN'
                                and not exists (select 1 from evaluation_respondent er
                                                where er.evaluation_id = e.id and er.person_id = pa.person_id)) r
                        join evaluation e on e.id = r.subject_id
                        join programme pr on pr.id = e.programme_id
                        left join gathering g on g.id = e.gathering_id
                        """ + RECIPIENT + " order by r.subject_id, p.id")
                .param("kind", kind.name())
                .param("prefix", prefix)
                .query((rs, n) -> evaluation(rs, kind, prefix))
                .list();
        return outbox.enqueue(queued);
    }

    private NewNotification evaluation(ResultSet rs, NotificationKind kind, String prefix) throws SQLException {
        long evaluationId = rs.getLong(1);
        String programme = rs.getString(2);
        Integer number = rs.getObject(3) == null ? null : rs.getInt(3);
        String gathering = rs.getString(4);
        long personId = rs.getLong(5);
        MailLanguage language = MailLanguage.of(rs.getString(8));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", rs.getString(6));
        model.put("programme", programme);
        model.put("number", number);
        model.put("gathering", gathering);
        model.put("link", baseUrl + "/evaluations/" + evaluationId);
        MailTexts.Rendered mail = texts.render(kind, language, new Object[] {programme}, model);
        return withoutAttachment(
                personId, rs.getString(7), kind, prefix + evaluationId + ":" + personId, language, mail);
    }

    /** Reminds the leader and the coach of each coaching session booked for tomorrow. */
    @Transactional
    public int coaching(LocalDate today) {
        NotificationKind kind = NotificationKind.COACHING_TOMORROW;
        String prefix = prefix(kind);
        ZoneId zone = clock.getZone();
        Instant from = today.plusDays(1).atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(2).atStartOfDay(zone).toInstant();
        List<NewNotification> queued = jdbc.sql("""
                        select r.subject_id, sl.starts_at, sl.minutes, sl.mode, sl.place, pr.name,
                               case when r.person_id = s.leader_person_id then c.full_name else l.full_name end,
                               r.person_id = s.coach_person_id,
                               p.id, p.full_name, p.email, np.language
                        from (select s.id as subject_id, s.leader_person_id as person_id
                              from coaching_session s join coaching_slot sl on sl.id = s.slot_id
                              where s.status = 'BOOKED' and sl.starts_at >= :from and sl.starts_at < :to
                              union
                              select s.id, s.coach_person_id
                              from coaching_session s join coaching_slot sl on sl.id = s.slot_id
                              where s.status = 'BOOKED' and sl.starts_at >= :from and sl.starts_at < :to) r
                        join coaching_session s on s.id = r.subject_id
                        join coaching_slot sl on sl.id = s.slot_id
                        join programme pr on pr.id = s.programme_id
                        join person l on l.id = s.leader_person_id
                        join person c on c.id = s.coach_person_id
                        """ + RECIPIENT + " order by r.subject_id, p.id")
                .param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to))
                .param("kind", kind.name())
                .param("prefix", prefix)
                .query((rs, n) -> coachingSession(rs, kind, prefix, zone))
                .list();
        return outbox.enqueue(queued);
    }

    private NewNotification coachingSession(ResultSet rs, NotificationKind kind, String prefix, ZoneId zone)
            throws SQLException {
        long sessionId = rs.getLong(1);
        var startsAt = rs.getTimestamp(2).toInstant().atZone(zone);
        long personId = rs.getLong(9);
        MailLanguage language = MailLanguage.of(rs.getString(12));
        boolean coach = rs.getBoolean(8);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", rs.getString(10));
        model.put("date", date(startsAt.toLocalDate(), language));
        model.put("start", startsAt.toLocalTime().toString());
        model.put("minutes", rs.getInt(3));
        model.put("mode", rs.getString(4));
        model.put("place", rs.getString(5));
        model.put("programme", rs.getString(6));
        model.put("other", rs.getString(7));
        model.put("coach", coach);
        model.put("link", baseUrl + (coach ? "/coaching/coach" : "/coaching"));
        MailTexts.Rendered mail = texts.render(
                kind, language, new Object[] {startsAt.toLocalTime().toString()}, model);
        return withoutAttachment(personId, rs.getString(11), kind, prefix + sessionId + ":" + personId, language, mail);
    }

    /** Reminds the current members and the facilitator of each network group meeting planned for tomorrow. */
    @Transactional
    public int networkMeetings(LocalDate today) {
        NotificationKind kind = NotificationKind.NETWORK_MEETING_TOMORROW;
        String prefix = prefix(kind);
        List<NewNotification> queued = jdbc.sql("""
                        select r.subject_id, m.meeting_date, m.start_time, m.end_time, m.mode, m.location, m.focus,
                               g.name, pr.name, p.id, p.full_name, p.email, np.language
                        from (select m.id as subject_id, gm.person_id
                              from network_meeting m
                              join network_group_member gm on gm.network_group_id = m.network_group_id
                               and gm.left_on is null
                              where m.status = 'PLANNED' and m.meeting_date = :day
                              union
                              select m.id, m.facilitator_person_id
                              from network_meeting m
                              where m.status = 'PLANNED' and m.meeting_date = :day
                                and m.facilitator_person_id is not null) r
                        join network_meeting m on m.id = r.subject_id
                        join network_group g on g.id = m.network_group_id
                        join programme pr on pr.id = m.programme_id
                        """ + RECIPIENT + " order by r.subject_id, p.id")
                .param("day", today.plusDays(1))
                .param("kind", kind.name())
                .param("prefix", prefix)
                .query((rs, n) -> networkMeeting(rs, kind, prefix))
                .list();
        return outbox.enqueue(queued);
    }

    private NewNotification networkMeeting(ResultSet rs, NotificationKind kind, String prefix) throws SQLException {
        long meetingId = rs.getLong(1);
        long personId = rs.getLong(10);
        MailLanguage language = MailLanguage.of(rs.getString(13));
        String start = rs.getTime(3).toLocalTime().toString();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", rs.getString(11));
        model.put("date", date(rs.getDate(2).toLocalDate(), language));
        model.put("start", start);
        model.put("end", rs.getTime(4).toLocalTime().toString());
        model.put("mode", rs.getString(5));
        model.put("place", rs.getString(6));
        model.put("focus", rs.getString(7));
        model.put("group", rs.getString(8));
        model.put("programme", rs.getString(9));
        model.put("link", baseUrl + "/network-group/meetings/" + meetingId);
        MailTexts.Rendered mail = texts.render(kind, language, new Object[] {start}, model);
        return withoutAttachment(personId, rs.getString(12), kind, prefix + meetingId + ":" + personId, language, mail);
    }

    /** A reminder that is its mail alone, keyed so that it is queued once. */
    private static NewNotification withoutAttachment(
            long personId,
            String email,
            NotificationKind kind,
            String key,
            MailLanguage language,
            MailTexts.Rendered mail) {
        return new NewNotification(
                personId, email, kind, key, language, mail.subject(), mail.text(), mail.html(), null, null);
    }

    /** The idempotency key's start: kind, then the subject's id and the person's id follow. */
    static String prefix(NotificationKind kind) {
        return switch (kind) {
            case GATHERING_WEEK -> "gathering-reminder:7d:";
            case GATHERING_TOMORROW -> "gathering-reminder:1d:";
            case EVALUATION_OPEN -> "evaluation-open:";
            case COACHING_TOMORROW -> "coaching-reminder:1d:";
            case NETWORK_MEETING_TOMORROW -> "network-meeting-reminder:1d:";
        };
    }

    private static String date(LocalDate date, MailLanguage language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(language.locale())
                .format(date);
    }
}
