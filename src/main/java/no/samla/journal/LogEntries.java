package no.samla.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.audit.AuditAction;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.coaching.Coaching;
import no.samla.coaching.DevelopmentProject;
import no.samla.coaching.DevelopmentProjects;
import no.samla.coaching.LeaderProgramme;
import no.samla.coaching.LeadershipBehaviour;
import no.samla.gathering.MaterialFileType;
import no.samla.gathering.MaterialRefusedException;
import no.samla.gathering.Materials;
import no.samla.innovation.InnovationCases;
import no.samla.innovation.LeaderCases;
import no.samla.networkgroup.MeetingRow;
import no.samla.networkgroup.NetworkGroups;
import no.samla.networkgroup.NetworkMeetings;
import no.samla.networkgroup.PersonalGroup;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaders' log entries (mellomarbeid) in the programmes they take part in. Every save of the text keeps a new
 * version. An entry is the leader's own; they choose per entry who else may read it, as for their development
 * project: their coach in the programme, the current members (and facilitators) of their network group, the
 * programme's coordinators, or (the default) no one. Everyone else, admins and municipality admins included, is told
 * the entry does not exist. Those it is shared with, except fellow group members, may comment; the leader may reply.
 */
@Service
@Transactional(readOnly = true)
public class LogEntries {

    /** The largest attachment taken. */
    public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    // The rules for who may read an entry e, besides its owner, with the reader as :reader. The same rules as for a
    // development project (DevelopmentProjects.mayRead), written as SQL so that a list of shared entries is one query.
    private static final String SHARED_WITH_COACH = """
            (e.share_with_coach and exists (select 1 from coaching_assignment ca where ca.programme_id = e.programme_id
               and ca.participant_person_id = e.person_id and ca.coach_person_id = :reader))""";
    private static final String SHARED_WITH_COORDINATOR = """
            (e.share_with_coordinators and exists (select 1 from programme_coordinator pc
               where pc.programme_id = e.programme_id and pc.person_id = :reader))""";
    private static final String LEADERS_GROUP = """
            from network_group ng join network_group_member lm on lm.network_group_id = ng.id and lm.left_on is null
            where ng.programme_id = e.programme_id and ng.status = 'ACTIVE' and lm.person_id = e.person_id""";
    private static final String SHARED_WITH_FACILITATOR = "(e.share_with_network_group and exists (select 1 "
            + LEADERS_GROUP
            + " and exists (select 1 from network_meeting fm where fm.network_group_id = ng.id"
            + " and fm.facilitator_person_id = :reader)))";
    private static final String SHARED_WITH_GROUP_MEMBER = "(e.share_with_network_group and exists (select 1 "
            + LEADERS_GROUP
            + " and exists (select 1 from network_group_member rm where rm.network_group_id = ng.id"
            + " and rm.left_on is null and rm.person_id = :reader)))";
    private static final String MAY_COMMENT = "(e.person_id = :reader or " + SHARED_WITH_COACH + " or "
            + SHARED_WITH_COORDINATOR + " or " + SHARED_WITH_FACILITATOR + ")";
    private static final String MAY_READ = "(" + MAY_COMMENT + " or " + SHARED_WITH_GROUP_MEMBER + ")";
    // The entries shared with :reader, found through indexes: those shared with coordinators in the programmes they
    // coordinate, those shared with the coach of the leaders they coach, and those shared with the network group of
    // the leaders in an active group they facilitate or belong to. The same rules as above, each side joined once:
    // testing the rules on every entry took 450 ms of a leader's start page with 500 000 entries, and testing them
    // again on the candidates made PostgreSQL spend 4 to 6 ms planning each statement.
    private static final String SHARED_WITH_READER = "e.person_id <> :reader and e.id in (" + """
                select e.id from log_entry e where e.share_with_coordinators and e.programme_id in
                    (select pc.programme_id from programme_coordinator pc where pc.person_id = :reader)
                union all
                select e.id from log_entry e join (
                    select ca.programme_id, ca.participant_person_id as person_id, true as coach
                    from coaching_assignment ca where ca.coach_person_id = :reader
                    union
                    select ng.programme_id, lm.person_id, false from network_group ng
                    join network_group_member lm on lm.network_group_id = ng.id and lm.left_on is null
                    where ng.status = 'ACTIVE' and ng.id in (
                        select fm.network_group_id from network_meeting fm where fm.facilitator_person_id = :reader
                        union
                        select rm.network_group_id from network_group_member rm
                        where rm.person_id = :reader and rm.left_on is null)) c
                  on e.programme_id = c.programme_id and e.person_id = c.person_id
                where (c.coach and e.share_with_coach) or (not c.coach and e.share_with_network_group))""";

    private static final String ENTRY = """
            select e.id, e.programme_id, p.name as programme_name, e.person_id, pe.full_name, e.entry_date,
                   e.assignment_id, a.title as assignment_title, e.development_project_id, e.behaviour,
                   e.network_meeting_id, nm.meeting_date, e.share_with_coach, e.share_with_network_group,
                   e.share_with_coordinators, v.number, v.created_at as version_at, v.did, v.happened, v.learned,
                   v.next_step, att.id as attachment_id, att.file_name, att.content_type, att.size_bytes,
                   e.innovation_case_id, ic.title as innovation_case_title, e.content_cleared_at
            from log_entry e
            join programme p on p.id = e.programme_id
            join person pe on pe.id = e.person_id
            join log_entry_version v on v.entry_id = e.id
             and v.number = (select max(o.number) from log_entry_version o where o.entry_id = e.id)
            left join assignment a on a.id = e.assignment_id
            left join network_meeting nm on nm.id = e.network_meeting_id
            left join log_entry_attachment att on att.entry_id = e.id
            left join innovation_case ic on ic.id = e.innovation_case_id
            """;

    private static final String ROW = """
            select e.id, e.programme_id, p.name as programme_name, e.person_id, pe.full_name, e.entry_date,
                   e.share_with_coach, e.share_with_network_group, e.share_with_coordinators,
                   coalesce(nullif(v.did, ''), nullif(v.happened, ''), nullif(v.learned, ''), v.next_step) as summary,
                   (select count(*) from log_entry_comment c where c.entry_id = e.id) as comments,
                   e.content_cleared_at is not null as cleared
            from log_entry e
            join programme p on p.id = e.programme_id
            join person pe on pe.id = e.person_id
            join log_entry_version v on v.entry_id = e.id
             and v.number = (select max(o.number) from log_entry_version o where o.entry_id = e.id)
            """;

    /** A row with the count of all candidates of its page (see page). */
    private static final String ROW_WITH_TOTAL =
            ROW.replaceFirst("^select ", "select (select count(*) from candidates) as total, ");

    private static final int SUMMARY_LENGTH = 160;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Coaching coaching;
    private final DevelopmentProjects projects;
    private final Assignments assignments;
    private final NetworkGroups networkGroups;
    private final NetworkMeetings networkMeetings;
    private final InnovationCases innovationCases;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    LogEntries(
            JdbcClient jdbc,
            JdbcTemplate template,
            Coaching coaching,
            DevelopmentProjects projects,
            Assignments assignments,
            NetworkGroups networkGroups,
            NetworkMeetings networkMeetings,
            InnovationCases innovationCases,
            ApplicationEventPublisher events,
            Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.template = template;
        this.coaching = coaching;
        this.projects = projects;
        this.assignments = assignments;
        this.networkGroups = networkGroups;
        this.networkMeetings = networkMeetings;
        this.innovationCases = innovationCases;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }

    // What a leader may write in

    /** The programmes the person takes part in as a participant: where they may write entries. */
    public List<LeaderProgramme> programmesOf(long personId) {
        return coaching.programmesOf(personId);
    }

    /** One of them; "not found" unless the person takes part in it as a participant. */
    public LeaderProgramme programmeOf(long personId, long programmeId) {
        return coaching.programmeOf(personId, programmeId);
    }

    /** The leader's open assignments in the programme, and the one the entry is linked to (even when done). */
    public List<LeaderAssignment> assignmentChoices(long personId, long programmeId, Long linked) {
        List<LeaderAssignment> open = assignments.open(personId, programmeId);
        if (linked == null || open.stream().anyMatch(a -> a.id() == linked)) {
            return open;
        }
        return java.util.stream.Stream.concat(assignments.ofLeader(personId, linked).stream(), open.stream())
                .toList();
    }

    /** The meetings of the leader's current network group in the programme, in date order. */
    public List<MeetingRow> meetingChoices(long personId, long programmeId) {
        return networkGroups.groupsOf(personId).keySet().stream()
                .filter(group -> group.programmeId() != null && group.programmeId() == programmeId)
                .map(PersonalGroup::groupId)
                .findFirst()
                .map(group -> networkMeetings.yearPlan(programmeId, group))
                .orElse(List.of());
    }

    /** The innovation cases whose team the leader is on: what an entry may be linked to. */
    public List<LeaderCases.TeamCase> caseChoices(long personId) {
        return innovationCases.ofLeader(personId).cases();
    }

    /** Whether the leader has a development project in the programme to link an entry to. */
    public boolean hasDevelopmentProject(long personId, long programmeId) {
        return projects.own(personId, programmeId).isPresent();
    }

    // Writing

    /**
     * A new entry (version 1). Linking it to an assignment marks the assignment done. The draft of a new entry in
     * the programme is deleted.
     *
     * @return the new entry's id
     */
    @Transactional
    public long write(long personId, long programmeId, LogEntryData data, NewAttachment attachment) {
        coaching.programmeOf(personId, programmeId);
        Map<String, Object> columns = checkedColumns(personId, programmeId, data, null, null);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into log_entry (programme_id, person_id, entry_date, assignment_id,
                            development_project_id, behaviour, network_meeting_id, share_with_coach,
                            share_with_network_group, share_with_coordinators, innovation_case_id, created_at,
                            updated_at)
                        values (:programme, :person, :date, :assignment, :project, :behaviour, :meeting, :coach,
                            :group, :coordinators, :innovationCase, :now, :now)
                        returning id
                        """)
                .param("programme", programmeId)
                .param("person", personId)
                .params(columns)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        addVersion(id, 1, data.text(), now);
        if (!data.sharing().onlyOwner()) {
            recordSharing(id, "new entry", data.sharing());
        }
        if (attachment != null) {
            attach(id, attachment);
        }
        if (data.assignmentId() != null) {
            assignments.markDone(personId, data.assignmentId());
        }
        deleteDraft(personId, programmeId, null);
        return id;
    }

    /**
     * Saves an edit of the leader's own entry: a new version when the text differs from the latest, and the links
     * and sharing. The form was opened on version {@code basedOn}; a newer save in between is a stale edit. A new
     * attachment replaces the old one.
     *
     * @return the number of the latest version after the save
     */
    @Transactional
    public int edit(long personId, long entryId, int basedOn, LogEntryData data, NewAttachment attachment) {
        LogEntry entry = own(personId, entryId);
        // Two saves of one entry at once: the second waits here and then sees the first's version.
        jdbc.sql("select 1 from log_entry where id = :id for update")
                .param("id", entryId)
                .query(Integer.class)
                .single();
        int latest = latestNumber(entryId);
        StaleEditException.check(latest, basedOn);
        Map<String, Object> columns =
                checkedColumns(personId, entry.programmeId(), data, entry.assignmentId(), entry.innovationCaseId());
        Instant now = clock.instant();
        jdbc.sql("""
                        update log_entry set entry_date = :date, assignment_id = :assignment,
                            development_project_id = :project, behaviour = :behaviour, network_meeting_id = :meeting,
                            share_with_coach = :coach, share_with_network_group = :group,
                            share_with_coordinators = :coordinators, innovation_case_id = :innovationCase,
                            updated_at = :now, version = version + 1
                        where id = :id
                        """)
                .params(columns)
                .param("now", Timestamp.from(now))
                .param("id", entryId)
                .update();
        if (!entry.sharing().equals(data.sharing())) {
            recordSharing(entryId, "was " + sharedWith(entry.sharing()), data.sharing());
        }
        int number = latest;
        if (!entry.text().equals(data.text())) {
            number = latest + 1;
            addVersion(entryId, number, data.text(), now);
        }
        if (attachment != null) {
            jdbc.sql("delete from log_entry_attachment where entry_id = :id")
                    .param("id", entryId)
                    .update();
            attach(entryId, attachment);
        }
        if (data.assignmentId() != null && !data.assignmentId().equals(entry.assignmentId())) {
            assignments.markDone(personId, data.assignmentId());
        }
        deleteDraft(personId, entry.programmeId(), entryId);
        return number;
    }

    /**
     * Who may read an entry is a permission, so a change to it goes into the audit log: the entry's id and whom it is
     * shared with, never its text.
     */
    private void recordSharing(long entryId, String before, DevelopmentProject.Sharing sharing) {
        audit.record(
                AuditAction.LOG_ENTRY_SHARING_CHANGED,
                AuditSubject.LOG_ENTRY,
                entryId,
                before + "; shared with " + sharedWith(sharing));
    }

    private static String sharedWith(DevelopmentProject.Sharing sharing) {
        if (sharing.onlyOwner()) {
            return "the leader only";
        }
        List<String> readers = new ArrayList<>();
        if (sharing.coach()) {
            readers.add("coach");
        }
        if (sharing.networkGroup()) {
            readers.add("network group");
        }
        if (sharing.coordinators()) {
            readers.add("coordinators");
        }
        return String.join(", ", readers);
    }

    /**
     * The entry's columns as the insert and the update name them, once the data is checked: some text, a date not
     * in the future, and links only to the leader's own assignment, network meeting, development project and
     * innovation case (one whose team they are on; a case linked before stays linked if they have left its team).
     */
    private Map<String, Object> checkedColumns(
            long personId, long programmeId, LogEntryData data, Long alreadyLinked, Long alreadyLinkedCase) {
        if (data.text().blank()) {
            throw new LogEntryRefusedException("did", "journal.entry.empty");
        }
        if (data.date() == null) {
            throw new LogEntryRefusedException("date", "journal.entry.date.missing");
        }
        if (data.date().isAfter(today())) {
            throw new LogEntryRefusedException("date", "journal.entry.date.future");
        }
        if (data.assignmentId() != null
                && !data.assignmentId().equals(alreadyLinked)
                && assignments
                        .ofLeader(personId, data.assignmentId())
                        .filter(assignment -> assignment.programmeId() == programmeId)
                        .isEmpty()) {
            throw new LogEntryRefusedException("assignmentId", "journal.entry.assignment.unknown");
        }
        if (data.networkMeetingId() != null
                && meetingChoices(personId, programmeId).stream()
                        .noneMatch(meeting -> meeting.id() == data.networkMeetingId())) {
            throw new LogEntryRefusedException("networkMeetingId", "journal.entry.meeting.unknown");
        }
        Long projectId = null;
        if (data.aboutDevelopmentProject()) {
            projectId = projects.own(personId, programmeId)
                    .map(DevelopmentProject::getId)
                    .orElseThrow(() ->
                            new LogEntryRefusedException("aboutDevelopmentProject", "journal.entry.project.none"));
        }
        if (data.innovationCaseId() != null
                && !data.innovationCaseId().equals(alreadyLinkedCase)
                && caseChoices(personId).stream().noneMatch(c -> c.id() == data.innovationCaseId())) {
            throw new LogEntryRefusedException("innovationCaseId", "spread.journal.case.unknown");
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("date", data.date());
        columns.put("innovationCase", data.innovationCaseId());
        columns.put("assignment", data.assignmentId());
        columns.put("project", projectId);
        columns.put(
                "behaviour", data.behaviour() == null ? null : data.behaviour().name());
        columns.put("meeting", data.networkMeetingId());
        columns.put("coach", data.sharing().coach());
        columns.put("group", data.sharing().networkGroup());
        columns.put("coordinators", data.sharing().coordinators());
        return columns;
    }

    private void addVersion(long entryId, int number, LogEntryText text, Instant at) {
        jdbc.sql("""
                        insert into log_entry_version (entry_id, number, did, happened, learned, next_step, created_at)
                        values (:entry, :number, :did, :happened, :learned, :next, :at)
                        """)
                .param("entry", entryId)
                .param("number", number)
                .param("did", text.did())
                .param("happened", text.happened())
                .param("learned", text.learned())
                .param("next", text.nextStep())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** A file as the leader uploads it. */
    public record NewAttachment(String fileName, byte[] content) {}

    private void attach(long entryId, NewAttachment attachment) {
        byte[] content = attachment.content();
        String fileName;
        MaterialFileType type;
        try {
            fileName = Materials.cleanFileName(attachment.fileName());
            if (content.length > MAX_ATTACHMENT_BYTES) {
                throw new LogEntryRefusedException(
                        "attachment", "journal.attachment.tooLarge", MAX_ATTACHMENT_BYTES / 1024 / 1024);
            }
            if (content.length == 0) {
                throw new MaterialRefusedException("file", "material.file.empty");
            }
            type = MaterialFileType.byName(fileName)
                    .orElseThrow(() ->
                            new MaterialRefusedException("file", "material.file.type", MaterialFileType.allowed()));
            if (!type.matches(content)) {
                throw new MaterialRefusedException("file", "material.file.mismatch", type.name());
            }
        } catch (MaterialRefusedException refused) {
            throw new LogEntryRefusedException("attachment", refused.messageKey(), refused.arguments());
        }
        long id = jdbc.sql("""
                        insert into log_entry_attachment (entry_id, file_name, content_type, size_bytes, created_at)
                        values (:entry, :name, :type, :size, :at) returning id
                        """)
                .param("entry", entryId)
                .param("name", fileName)
                .param("type", type.contentTypeOf(content))
                .param("size", content.length)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        jdbc.sql("insert into log_entry_attachment_file (attachment_id, content) values (:id, :content)")
                .param("id", id)
                .param("content", content)
                .update();
    }

    // Reading

    /** The leader's own entry; "not found" for anyone else, whoever it is shared with. */
    public LogEntry own(long personId, long entryId) {
        return jdbc.sql(ENTRY + " where e.id = :id and e.person_id = :person")
                .param("id", entryId)
                .param("person", personId)
                .query(LogEntries::entry)
                .optional()
                .orElseThrow(() -> new NotFoundException("LogEntry", entryId));
    }

    /** The entry if the reader owns it or it is shared with them; "not found" otherwise. One query. */
    public LogEntry readable(long readerPersonId, long entryId) {
        return jdbc.sql(ENTRY + " where e.id = :id and " + MAY_READ)
                .param("id", entryId)
                .param("reader", readerPersonId)
                .query(LogEntries::entry)
                .optional()
                .orElseThrow(() -> new NotFoundException("LogEntry", entryId));
    }

    /** Whether the reader may comment on the entry: its owner, and those it is shared with except group members. */
    public boolean mayComment(long readerPersonId, long entryId) {
        return jdbc.sql("select exists (select 1 from log_entry e where e.id = :id and " + MAY_COMMENT + ")")
                .param("id", entryId)
                .param("reader", readerPersonId)
                .query(Boolean.class)
                .single();
    }

    /** The versions of the leader's own entry, newest first, without their text. */
    public List<LogEntryVersion> history(long personId, long entryId) {
        own(personId, entryId);
        return jdbc.sql("select number, created_at from log_entry_version where entry_id = :id order by number desc")
                .param("id", entryId)
                .query((rs, row) -> new LogEntryVersion(
                        rs.getInt("number"), rs.getTimestamp("created_at").toInstant(), null))
                .list();
    }

    /** One version of the leader's own entry; "not found" for anyone else or a number that does not exist. */
    public LogEntryVersion version(long personId, long entryId, int number) {
        own(personId, entryId);
        return jdbc.sql("select * from log_entry_version where entry_id = :id and number = :number")
                .param("id", entryId)
                .param("number", number)
                .query((rs, row) -> new LogEntryVersion(
                        rs.getInt("number"), rs.getTimestamp("created_at").toInstant(), text(rs)))
                .optional()
                .orElseThrow(() -> new NotFoundException("LogEntryVersion", number));
    }

    /** The leader's own entries, newest first, in one programme or (null) all of them. One query. */
    public Page<LogEntryRow> mine(long personId, Long programmeId, Pageable pageable) {
        String where = " where e.person_id = :person" + (programmeId == null ? "" : " and e.programme_id = :programme");
        return page(where, pageable, Map.of("person", personId, "programme", programmeId == null ? 0L : programmeId));
    }

    /** Entries others share with the person (as coach, coordinator, group member or facilitator), newest first. */
    public Page<LogEntryRow> sharedWith(long personId, Pageable pageable) {
        return sharedWith(personId, pageable, ReadBatch.immediate(template)).get();
    }

    /** {@link #sharedWith(long, Pageable)} as a read of a page's batch. */
    public Deferred<Page<LogEntryRow>> sharedWith(long personId, Pageable pageable, ReadBatch reads) {
        return page(" where " + SHARED_WITH_READER, pageable, Map.of("reader", personId), reads);
    }

    private Page<LogEntryRow> page(String where, Pageable pageable, Map<String, Object> params) {
        return page(where, pageable, params, ReadBatch.immediate(template)).get();
    }

    private Deferred<Page<LogEntryRow>> page(
            String where, Pageable pageable, Map<String, Object> params, ReadBatch reads) {
        // The page's entries are chosen first, so that only they are joined to their text and comments. The count of
        // all comes with them: as a statement of its own it cost as much again, most of it PostgreSQL's planning.
        Map<String, Object> paged = new HashMap<>(params);
        paged.put("limit", pageable.getPageSize());
        paged.put("offset", pageable.getOffset());
        Deferred<List<Map.Entry<LogEntryRow, Long>>> rows = reads.query(
                "with candidates as (select e.id, e.entry_date from log_entry e" + where
                        + "), listed as (select id from candidates order by entry_date desc, id desc"
                        + " limit :limit offset :offset) "
                        + ROW_WITH_TOTAL
                        + " join listed on listed.id = e.id order by e.entry_date desc, e.id desc",
                paged,
                (rs, row) -> Map.entry(row(rs, row), rs.getLong("total")));
        return reads.<List<Map.Entry<LogEntryRow, Long>>, Page<LogEntryRow>>after(rows, found -> {
            List<LogEntryRow> entries = found.stream().map(Map.Entry::getKey).toList();
            if (found.isEmpty() && pageable.getOffset() > 0) {
                // Past the last page no row carries the count.
                return reads.query("select count(*) from log_entry e" + where, params, (rs, row) -> rs.getLong(1))
                        .map(count -> new PageImpl<>(entries, pageable, count.get(0)));
            }
            long total = found.isEmpty() ? 0 : found.get(0).getValue();
            return Deferred.of(new PageImpl<>(entries, pageable, total));
        });
    }

    /** The comments on an entry, oldest first; callers have checked that the reader may read it. */
    public List<LogEntryComment> comments(long entryId) {
        return jdbc.sql("""
                        select c.id, c.author_person_id, pe.full_name, c.text, c.created_at from log_entry_comment c
                        join person pe on pe.id = c.author_person_id where c.entry_id = :id order by c.created_at, c.id
                        """)
                .param("id", entryId)
                .query((rs, row) -> new LogEntryComment(
                        rs.getLong("id"),
                        rs.getLong("author_person_id"),
                        rs.getString("full_name"),
                        rs.getString("text"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The longest comment taken. */
    public static final int COMMENT_MAX = 4000;

    /**
     * A comment by someone the entry is shared with (not a fellow group member), or the leader's reply; "not found"
     * for anyone who may not read the entry. {@link LogEntryCommented} is published once the comment is stored.
     */
    @Transactional
    public long comment(long personId, long entryId, String text) {
        LogEntry entry = readable(personId, entryId);
        if (!mayComment(personId, entryId)) {
            throw new LogEntryRefusedException("text", "journal.comment.notAllowed");
        }
        String clean = LogEntryText.clean(text).strip();
        if (clean.isEmpty()) {
            throw new LogEntryRefusedException("text", "journal.comment.empty");
        }
        if (clean.length() > COMMENT_MAX) {
            throw new LogEntryRefusedException("text", "journal.comment.tooLong", COMMENT_MAX);
        }
        long id = jdbc.sql("""
                        insert into log_entry_comment (entry_id, author_person_id, text, created_at)
                        values (:entry, :author, :text, :at) returning id
                        """)
                .param("entry", entryId)
                .param("author", personId)
                .param("text", clean)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(new LogEntryCommented(id, entryId, entry.programmeId(), entry.personId(), personId));
        return id;
    }

    /** An entry's attachment for someone who may read the entry; "not found" for everyone else. */
    public AttachmentFile attachment(long readerPersonId, long entryId, long attachmentId) {
        readable(readerPersonId, entryId);
        return jdbc.sql("""
                        select a.file_name, a.content_type, f.content from log_entry_attachment a
                        join log_entry_attachment_file f on f.attachment_id = a.id
                        where a.id = :id and a.entry_id = :entry
                        """)
                .param("id", attachmentId)
                .param("entry", entryId)
                .query((rs, row) -> new AttachmentFile(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional()
                .orElseThrow(() -> new NotFoundException("LogEntryAttachment", attachmentId));
    }

    // For other modules: start pages, dashboards and export

    /** The leader's latest entries in a programme, at most {@code limit}; one query. */
    public List<LogEntryRow> recent(long personId, long programmeId, int limit) {
        return recent(personId, programmeId, limit, ReadBatch.immediate(template))
                .get();
    }

    /** {@link #recent(long, long, int)} as a read of a page's batch. */
    public Deferred<List<LogEntryRow>> recent(long personId, long programmeId, int limit, ReadBatch reads) {
        return reads.query(
                ROW + " where e.person_id = :person and e.programme_id = :programme"
                        + " order by e.entry_date desc, e.id desc limit :limit",
                Map.of("person", personId, "programme", programmeId, "limit", limit),
                LogEntries::row);
    }

    /** How many entries the leader wrote per month in a programme (by entry date), oldest month first. */
    public Map<YearMonth, Long> countPerMonth(long personId, long programmeId) {
        return countPerMonth(personId, programmeId, ReadBatch.immediate(template))
                .get();
    }

    /** {@link #countPerMonth(long, long)} as a read of a page's batch. */
    public Deferred<Map<YearMonth, Long>> countPerMonth(long personId, long programmeId, ReadBatch reads) {
        return reads.query(
                        """
                        select extract(year from entry_date)::int as y, extract(month from entry_date)::int as m,
                               count(*) as n
                        from log_entry where person_id = :person and programme_id = :programme
                        group by 1, 2 order by 1, 2
                        """,
                        Map.of("person", personId, "programme", programmeId),
                        (rs, n) -> Map.entry(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("n")))
                .map(rows -> {
                    Map<YearMonth, Long> counts = new LinkedHashMap<>();
                    rows.forEach(row -> counts.put(row.getKey(), row.getValue()));
                    return counts;
                });
    }

    /** All the person's own entries with their latest text, oldest first, for export; one query. */
    public List<LogEntry> allOwn(long personId) {
        return jdbc.sql(ENTRY + " where e.person_id = :person order by e.entry_date, e.id")
                .param("person", personId)
                .query(LogEntries::entry)
                .list();
    }

    // Drafts

    /** What the person typed into a new entry in the programme ({@code entryId} null) or an edit, not yet saved. */
    public Optional<LogEntryDraft> draft(long personId, long programmeId, Long entryId) {
        return jdbc.sql("select * from log_entry_draft where person_id = :person and programme_id = :programme and "
                        + (entryId == null ? "entry_id is null" : "entry_id = :entry"))
                .param("person", personId)
                .param("programme", programmeId)
                .param("entry", entryId)
                .query((rs, row) -> new LogEntryDraft(
                        rs.getObject("entry_date", LocalDate.class),
                        (Long) rs.getObject("assignment_id"),
                        text(rs),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /**
     * Keeps what the leader has typed so far, replacing the earlier draft; the programme (for a new entry) or the
     * entry (for an edit) must be the leader's. An assignment that is not theirs is left out.
     *
     * @return when it was saved
     */
    @Transactional
    public Instant saveDraft(
            long personId, long programmeId, Long entryId, LocalDate date, Long assignmentId, LogEntryText text) {
        if (entryId == null) {
            coaching.programmeOf(personId, programmeId);
        } else if (own(personId, entryId).programmeId() != programmeId) {
            throw new NotFoundException("LogEntry", entryId);
        }
        Long assignment = assignmentId == null
                ? null
                : assignments
                        .ofLeader(personId, assignmentId)
                        .map(LeaderAssignment::id)
                        .orElse(null);
        Instant now = clock.instant();
        deleteDraft(personId, programmeId, entryId);
        jdbc.sql("""
                        insert into log_entry_draft (person_id, programme_id, entry_id, entry_date, assignment_id,
                            did, happened, learned, next_step, updated_at)
                        values (:person, :programme, :entry, :date, :assignment, :did, :happened, :learned, :next, :now)
                        """)
                .param("person", personId)
                .param("programme", programmeId)
                .param("entry", entryId)
                .param("date", date)
                .param("assignment", assignment)
                .param("did", text.did())
                .param("happened", text.happened())
                .param("learned", text.learned())
                .param("next", text.nextStep())
                .param("now", Timestamp.from(now))
                .update();
        return now;
    }

    private void deleteDraft(long personId, long programmeId, Long entryId) {
        jdbc.sql("delete from log_entry_draft where person_id = :person and programme_id = :programme and "
                        + (entryId == null ? "entry_id is null" : "entry_id = :entry"))
                .param("person", personId)
                .param("programme", programmeId)
                .param("entry", entryId)
                .update();
    }

    private int latestNumber(long entryId) {
        return jdbc.sql("select coalesce(max(number), 0) from log_entry_version where entry_id = :id")
                .param("id", entryId)
                .query(Integer.class)
                .single();
    }

    private static LogEntryText text(ResultSet rs) throws SQLException {
        return new LogEntryText(
                rs.getString("did"), rs.getString("happened"), rs.getString("learned"), rs.getString("next_step"));
    }

    private static DevelopmentProject.Sharing sharing(ResultSet rs) throws SQLException {
        return new DevelopmentProject.Sharing(
                rs.getBoolean("share_with_coach"),
                rs.getBoolean("share_with_network_group"),
                rs.getBoolean("share_with_coordinators"));
    }

    private static LogEntry entry(ResultSet rs, int row) throws SQLException {
        String behaviour = rs.getString("behaviour");
        long attachmentId = rs.getLong("attachment_id");
        LogEntryAttachment attachment = rs.wasNull()
                ? null
                : new LogEntryAttachment(
                        attachmentId,
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"));
        return new LogEntry(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                rs.getString("programme_name"),
                rs.getLong("person_id"),
                rs.getString("full_name"),
                rs.getObject("entry_date", LocalDate.class),
                (Long) rs.getObject("assignment_id"),
                rs.getString("assignment_title"),
                (Long) rs.getObject("development_project_id"),
                behaviour == null ? null : LeadershipBehaviour.valueOf(behaviour),
                (Long) rs.getObject("network_meeting_id"),
                rs.getObject("meeting_date", LocalDate.class),
                sharing(rs),
                rs.getInt("number"),
                rs.getTimestamp("version_at").toInstant(),
                text(rs),
                attachment,
                (Long) rs.getObject("innovation_case_id"),
                rs.getString("innovation_case_title"),
                rs.getTimestamp("content_cleared_at") == null
                        ? null
                        : rs.getTimestamp("content_cleared_at").toInstant());
    }

    private static LogEntryRow row(ResultSet rs, int row) throws SQLException {
        String summary = rs.getString("summary").strip();
        if (summary.length() > SUMMARY_LENGTH) {
            int cut = summary.offsetByCodePoints(0, summary.codePointCount(0, SUMMARY_LENGTH));
            summary = summary.substring(0, cut) + "…";
        }
        return new LogEntryRow(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                rs.getString("programme_name"),
                rs.getLong("person_id"),
                rs.getString("full_name"),
                rs.getObject("entry_date", LocalDate.class),
                summary,
                sharing(rs),
                rs.getLong("comments"),
                rs.getBoolean("cleared"));
    }
}
