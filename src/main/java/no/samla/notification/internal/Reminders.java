package no.samla.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samla.calendar.CalendarDocuments;
import no.samla.calendar.CalendarEvent;
import no.samla.gathering.GatheringCalendar;
import no.samla.notification.ActivityReminders;
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

    /** The day of the week the coordinators' digest is queued, and the time of day from which it is. */
    static final DayOfWeek DIGEST_DAY = DayOfWeek.MONDAY;

    static final LocalTime DIGEST_FROM = LocalTime.of(7, 0);

    /** Days before its due date an assignment's open recipients are reminded. */
    static final int ASSIGNMENT_DAYS_BEFORE = 3;

    /** A participant without a log entry for this many days is falling behind. */
    static final int QUIET_DAYS = 30;

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

    /** Where Samla is reached from outside, for links in mails: never taken from a request's Host header. */
    String baseUrl() {
        return baseUrl;
    }

    /**
     * All reminders due today; what was queued before is not queued again. The coordinators' digest is queued on
     * its day from {@link #DIGEST_FROM}; comments of the last two days are looked for again, so that a comment
     * whose mail could not be queued when it was written is told about all the same.
     */
    public int runAll() {
        LocalDate today = LocalDate.now(clock);
        boolean digestTime = !LocalTime.now(clock).isBefore(DIGEST_FROM);
        return gatherings(today, NotificationKind.GATHERING_WEEK)
                + gatherings(today, NotificationKind.GATHERING_TOMORROW)
                + evaluations()
                + surveyRounds(today)
                + coaching(today)
                + networkMeetings(today)
                + assignments(today)
                + logEntryComments(clock.instant().minus(Duration.ofDays(2)))
                + (digestTime ? coordinatorDigests(today) : 0);
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

    /**
     * Tells the participants of a programme that a survey round is open, once per round: the day it opens, or the first
     * run after it while it is still open. Answers carry a respondent key rather than the person, so the mail cannot
     * be left out for those who answered already; it says how long the round is open and that one answer is enough.
     */
    @Transactional
    public int surveyRounds(LocalDate today) {
        NotificationKind kind = NotificationKind.SURVEY_OPEN;
        String prefix = prefix(kind);
        List<NewNotification> queued = jdbc.sql("""
                        select r.subject_id, pr.name, s.title, sr.closes_on, p.id, p.full_name, p.email, np.language
                        from (select distinct sr.id as subject_id, pa.person_id
                              from survey_round sr
                              join survey s on s.id = sr.survey_id
                              join programme pr on pr.id = s.programme_id and not pr.template
                              join participation pa on pa.programme_id = s.programme_id and pa.left_on is null
                              join participation_role pro on pro.participation_id = pa.id and pro.role = 'PARTICIPANT'
                              where sr.opens_on <= :today and sr.closes_on >= :today) r
                        join survey_round sr on sr.id = r.subject_id
                        join survey s on s.id = sr.survey_id
                        join programme pr on pr.id = s.programme_id
                        """ + RECIPIENT + " order by r.subject_id, p.id")
                .param("today", today)
                .param("kind", kind.name())
                .param("prefix", prefix)
                .query((rs, n) -> surveyRound(rs, kind, prefix))
                .list();
        return outbox.enqueue(queued);
    }

    private NewNotification surveyRound(ResultSet rs, NotificationKind kind, String prefix) throws SQLException {
        long roundId = rs.getLong(1);
        String survey = rs.getString(3);
        long personId = rs.getLong(5);
        MailLanguage language = MailLanguage.of(rs.getString(8));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", rs.getString(6));
        model.put("programme", rs.getString(2));
        model.put("survey", survey);
        model.put("closes", date(rs.getDate(4).toLocalDate(), language));
        model.put("link", baseUrl + "/surveys/rounds/" + roundId);
        MailTexts.Rendered mail = texts.render(kind, language, new Object[] {survey}, model);
        return withoutAttachment(personId, rs.getString(7), kind, prefix + roundId + ":" + personId, language, mail);
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

    /**
     * Reminds each recipient of an assignment who has not marked it done, 3 days before it is due, while they
     * still take part in its programme.
     */
    @Transactional
    public int assignments(LocalDate today) {
        NotificationKind kind = NotificationKind.ASSIGNMENT_DUE;
        String prefix = prefix(kind);
        List<NewNotification> queued = jdbc.sql("""
                        select r.subject_id, asg.title, asg.due_on, pr.name, p.id, p.full_name, p.email, np.language
                        from (select asg.id as subject_id, ar.person_id
                              from assignment asg
                              join programme pr on pr.id = asg.programme_id and not pr.template
                                                and pr.status in ('PLANNED', 'RUNNING')
                              join assignment_recipient ar on ar.assignment_id = asg.id and ar.done_at is null
                              join participation pa on pa.programme_id = asg.programme_id
                                                   and pa.person_id = ar.person_id and pa.left_on is null
                              where asg.due_on = :day) r
                        join assignment asg on asg.id = r.subject_id
                        join programme pr on pr.id = asg.programme_id
                        """ + RECIPIENT + " order by r.subject_id, p.id")
                .param("day", today.plusDays(ASSIGNMENT_DAYS_BEFORE))
                .param("kind", kind.name())
                .param("prefix", prefix)
                .query((rs, n) -> assignment(rs, kind, prefix))
                .list();
        return outbox.enqueue(queued);
    }

    private NewNotification assignment(ResultSet rs, NotificationKind kind, String prefix) throws SQLException {
        long assignmentId = rs.getLong(1);
        String title = rs.getString(2);
        long personId = rs.getLong(5);
        MailLanguage language = MailLanguage.of(rs.getString(8));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", rs.getString(6));
        model.put("title", title);
        model.put("date", date(rs.getDate(3).toLocalDate(), language));
        model.put("programme", rs.getString(4));
        model.put("link", baseUrl + "/assignments");
        MailTexts.Rendered mail = texts.render(kind, language, new Object[] {title}, model);
        return withoutAttachment(
                personId, rs.getString(7), kind, prefix + assignmentId + ":" + personId, language, mail);
    }

    /**
     * Tells the leader that someone commented on their log entry: who, and a link; never the comment or the
     * entry, since e-mail is no private channel. Nothing when the leader commented on their own entry.
     */
    @Transactional
    public int logEntryComment(long commentId) {
        return logEntryComments("c.id = :comment", "comment", commentId);
    }

    /** The same for every comment written since the given time that has not been told about yet. */
    @Transactional
    public int logEntryComments(Instant since) {
        return logEntryComments("c.created_at >= :since", "since", java.sql.Timestamp.from(since));
    }

    private int logEntryComments(String filter, String name, Object value) {
        NotificationKind kind = NotificationKind.LOG_ENTRY_COMMENT;
        String prefix = prefix(kind);
        List<NewNotification> queued = jdbc.sql("""
                        select r.subject_id, e.id, e.entry_date, pr.name, au.full_name,
                               p.id, p.full_name, p.email, np.language
                        from (select c.id as subject_id, e.person_id
                              from log_entry_comment c
                              join log_entry e on e.id = c.entry_id
                              where c.author_person_id <> e.person_id\s""" + "and " + filter + """
                        ) r
                        join log_entry_comment c on c.id = r.subject_id
                        join log_entry e on e.id = c.entry_id
                        join programme pr on pr.id = e.programme_id
                        join person au on au.id = c.author_person_id
                        """ + RECIPIENT + " order by r.subject_id")
                .param(name, value)
                .param("kind", kind.name())
                .param("prefix", prefix)
                .query((rs, n) -> comment(rs, kind, prefix))
                .list();
        return outbox.enqueue(queued);
    }

    private NewNotification comment(ResultSet rs, NotificationKind kind, String prefix) throws SQLException {
        long commentId = rs.getLong(1);
        String author = rs.getString(5);
        long personId = rs.getLong(6);
        MailLanguage language = MailLanguage.of(rs.getString(9));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", rs.getString(7));
        model.put("author", author);
        model.put("date", date(rs.getDate(3).toLocalDate(), language));
        model.put("programme", rs.getString(4));
        model.put("link", baseUrl + "/journal/" + rs.getLong(2));
        MailTexts.Rendered mail = texts.render(kind, language, new Object[] {author}, model);
        return withoutAttachment(personId, rs.getString(8), kind, prefix + commentId + ":" + personId, language, mail);
    }

    private record Digest(
            long programmeId, String programme, long personId, String name, String email, MailLanguage language) {}

    /** A participant and why they are falling behind; counts and names only, never what anyone wrote. */
    private record Participant(
            long programmeId, String name, int overdue, boolean quiet, boolean absent, boolean noCoaching) {

        boolean behind() {
            return overdue > 0 || quiet || absent || noCoaching;
        }
    }

    /** One line of the digest: a participant's name and the reasons, in the coordinator's language. */
    public record Behind(String name, String reasons) {}

    /**
     * On {@link #DIGEST_DAY}, each coordinator of each programme under way gets a digest of the participants
     * falling behind: an open assignment past its due date, no log entry for {@link #QUIET_DAYS} days (for those
     * who joined before that), not present at the last two gatherings held (as attendance was recorded), and,
     * where the programme plans coaching, no coaching session booked. A week when nobody falls behind is told in
     * a line. Once per programme, coordinator and ISO week; two queries however many programmes and participants.
     */
    @Transactional
    public int coordinatorDigests(LocalDate today) {
        if (today.getDayOfWeek() != DIGEST_DAY) {
            return 0;
        }
        NotificationKind kind = NotificationKind.COORDINATOR_DIGEST;
        int week = today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String prefix = prefix(kind) + today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + week + ":";
        List<Digest> digests = jdbc.sql("""
                        select r.subject_id, pr.name, p.id, p.full_name, p.email, np.language
                        from (select pc.programme_id as subject_id, pc.person_id
                              from programme_coordinator pc
                              join programme pr on pr.id = pc.programme_id
                              where not pr.template and pr.status in ('PLANNED', 'RUNNING')
                                and pr.start_date <= :today and pr.end_date >= :today) r
                        join programme pr on pr.id = r.subject_id
                        """ + RECIPIENT + " order by r.subject_id, p.id")
                .param("today", today)
                .param("kind", kind.name())
                .param("prefix", prefix)
                .query((rs, n) -> new Digest(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        MailLanguage.of(rs.getString(6))))
                .list();
        if (digests.isEmpty()) {
            return 0;
        }
        Map<Long, List<Participant>> participants = new HashMap<>();
        participants(digests.stream().map(Digest::programmeId).distinct().toList(), today)
                .forEach(p -> participants
                        .computeIfAbsent(p.programmeId(), id -> new ArrayList<>())
                        .add(p));
        List<NewNotification> queued = new ArrayList<>();
        for (Digest digest : digests) {
            List<Participant> all = participants.getOrDefault(digest.programmeId(), List.of());
            Collator order = Collator.getInstance(digest.language().locale());
            List<Behind> behind = all.stream()
                    .filter(Participant::behind)
                    .map(p -> new Behind(p.name(), reasons(p, digest.language())))
                    .sorted(Comparator.comparing(Behind::name, order))
                    .toList();
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", digest.name());
            model.put("programme", digest.programme());
            model.put("week", week);
            model.put("participants", all.size());
            model.put("behind", behind);
            model.put("summary", summary(all, digest.language()));
            model.put("link", baseUrl + "/programmes/" + digest.programmeId());
            model.put("attendance", baseUrl + "/programmes/" + digest.programmeId() + "/attendance");
            MailTexts.Rendered mail = texts.render(
                    kind, digest.language(), new Object[] {week, digest.programme(), behind.size()}, model);
            queued.add(withoutAttachment(
                    digest.personId(),
                    digest.email(),
                    kind,
                    prefix + digest.programmeId() + ":" + digest.personId(),
                    digest.language(),
                    mail));
        }
        return outbox.enqueue(queued);
    }

    /** The current participants of the programmes with what the digest counts; one query. */
    private List<Participant> participants(List<Long> programmes, LocalDate today) {
        LocalDate quietSince = today.minusDays(QUIET_DAYS);
        return jdbc.sql("""
                        with held as (
                            select g.id, g.programme_id,
                                   row_number() over (partition by g.programme_id
                                                      order by g.start_date desc, g.number desc) as recent
                            from gathering g
                            where g.programme_id in (:programmes) and g.start_date < :today)
                        select pa.programme_id, p.full_name,
                               (select count(*) from assignment a
                                join assignment_recipient ar on ar.assignment_id = a.id
                                where a.programme_id = pa.programme_id and ar.person_id = pa.person_id
                                  and ar.done_at is null and a.due_on < :today) as overdue,
                               pa.joined_on <= :quietSince
                                 and not exists (select 1 from log_entry e
                                                 where e.programme_id = pa.programme_id and e.person_id = pa.person_id
                                                   and (e.entry_date >= :quietSince or e.created_at >= :quietFrom))
                                 as quiet,
                               (select count(*) from held h
                                join attendance at on at.gathering_id = h.id and at.person_id = pa.person_id
                                                   and at.status <> 'PRESENT'
                                where h.programme_id = pa.programme_id and h.recent <= 2) = 2 as absent,
                               pr.coaching_sessions_per_participant > 0
                                 and not exists (select 1 from coaching_session s
                                                 where s.programme_id = pa.programme_id
                                                   and s.leader_person_id = pa.person_id and s.status = 'BOOKED')
                                 as no_coaching
                        from participation pa
                        join programme pr on pr.id = pa.programme_id
                        join person p on p.id = pa.person_id
                        where pa.programme_id in (:programmes) and pa.left_on is null
                          and exists (select 1 from participation_role ro
                                      where ro.participation_id = pa.id and ro.role = 'PARTICIPANT')
                        order by pa.programme_id, p.id
                        """)
                .param("programmes", programmes)
                .param("today", today)
                .param("quietSince", quietSince)
                .param(
                        "quietFrom",
                        java.sql.Timestamp.from(
                                quietSince.atStartOfDay(clock.getZone()).toInstant()))
                .query((rs, n) -> new Participant(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6)))
                .list();
    }

    /** How many participants each reason holds, for the reasons that hold any. */
    private List<String> summary(List<Participant> participants, MailLanguage language) {
        List<String> summary = new ArrayList<>();
        long overdue = participants.stream().filter(p -> p.overdue() > 0).count();
        long quiet = participants.stream().filter(Participant::quiet).count();
        long absent = participants.stream().filter(Participant::absent).count();
        long noCoaching = participants.stream().filter(Participant::noCoaching).count();
        if (overdue > 0) {
            summary.add(texts.message("notification.mail.digest.summary.overdue", language, overdue));
        }
        if (quiet > 0) {
            summary.add(texts.message("notification.mail.digest.summary.quiet", language, quiet, QUIET_DAYS));
        }
        if (absent > 0) {
            summary.add(texts.message("notification.mail.digest.summary.absent", language, absent));
        }
        if (noCoaching > 0) {
            summary.add(texts.message("notification.mail.digest.summary.noCoaching", language, noCoaching));
        }
        return summary;
    }

    private String reasons(Participant p, MailLanguage language) {
        List<String> reasons = new ArrayList<>();
        if (p.overdue() > 0) {
            reasons.add(texts.message("notification.mail.digest.overdue", language, p.overdue()));
        }
        if (p.quiet()) {
            reasons.add(texts.message("notification.mail.digest.quiet", language, QUIET_DAYS));
        }
        if (p.absent()) {
            reasons.add(texts.message("notification.mail.digest.absent", language));
        }
        if (p.noCoaching()) {
            reasons.add(texts.message("notification.mail.digest.noCoaching", language));
        }
        return String.join("; ", reasons);
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

    /**
     * A coordinator's reminder to a participant who falls behind, telling them what the programme counts, never
     * judging; once per participant, programme and day (the key holds the day). Returns whether one was queued: not
     * when one was already queued today, when the participant has no active account, or has turned such mail off.
     */
    @Transactional
    public boolean activityReminder(long programmeId, long personId, String coordinator, List<String> reasons) {
        NotificationKind kind = NotificationKind.ACTIVITY_REMINDER;
        String prefix = prefix(kind) + programmeId + ":" + LocalDate.now(clock) + ":";
        List<NewNotification> queued = jdbc.sql("""
                        select r.subject_id, pr.name, p.id, p.full_name, p.email, np.language
                        from (select :person as subject_id, cast(:person as bigint) as person_id) r
                        join programme pr on pr.id = :programme
                        """ + RECIPIENT)
                .param("person", personId)
                .param("programme", programmeId)
                .param("kind", kind.name())
                .param("prefix", prefix)
                .query((rs, n) -> {
                    MailLanguage language = MailLanguage.of(rs.getString(6));
                    Map<String, Object> model = new LinkedHashMap<>();
                    model.put("name", rs.getString(4));
                    model.put("coordinator", coordinator);
                    model.put("programme", rs.getString(2));
                    model.put(
                            "reasons",
                            reasons.stream()
                                    .map(reason -> texts.message("notification.mail.activity." + reason, language))
                                    .toList());
                    model.put("link", baseUrl + "/my-programme/" + programmeId);
                    MailTexts.Rendered mail = texts.render(kind, language, new Object[] {rs.getString(2)}, model);
                    return withoutAttachment(
                            rs.getLong(3), rs.getString(5), kind, prefix + personId + ":" + personId, language, mail);
                })
                .list();
        return outbox.enqueue(queued) > 0;
    }

    /** The idempotency key's start: kind, then the subject's id and the person's id follow. */
    static String prefix(NotificationKind kind) {
        return switch (kind) {
            case GATHERING_WEEK -> "gathering-reminder:7d:";
            case GATHERING_TOMORROW -> "gathering-reminder:1d:";
            case EVALUATION_OPEN -> "evaluation-open:";
            case SURVEY_OPEN -> "survey-open:";
            case COACHING_TOMORROW -> "coaching-reminder:1d:";
            case NETWORK_MEETING_TOMORROW -> "network-meeting-reminder:1d:";
            case ASSIGNMENT_DUE -> "assignment-due:3d:";
            case LOG_ENTRY_COMMENT -> "log-entry-comment:";
            case COORDINATOR_DIGEST -> "coordinator-digest:";
            case ACTIVITY_REMINDER -> ActivityReminders.PREFIX;
            case PASSWORD_RESET -> PasswordResetMailer.PREFIX;
        };
    }

    private static String date(LocalDate date, MailLanguage language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(language.locale())
                .format(date);
    }
}
