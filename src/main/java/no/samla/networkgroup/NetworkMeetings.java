package no.samla.networkgroup;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.programme.GatheringSchedule;
import no.samla.programme.Programme;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Network meetings: the plan laid out between gatherings, single meetings changed or cancelled, the focus agreed at
 * a gathering, attendance and the notes a group shares; and the busy periods of municipalities the plan avoids.
 * Every read is a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
public class NetworkMeetings {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final int FOCUS_MAX = 2000;
    public static final int NOTE_MAX = 4000;

    private static final String MEETING_COLUMNS = """
            select nm.id, nm.network_group_id, ng.name as group_name, nm.number, nm.meeting_date, nm.start_time,
                nm.end_time, nm.mode, nm.location, nm.facilitator_person_id, f.full_name as facilitator_name, nm.focus,
                nm.status, p.id as programme_id, p.name as programme_name
            from network_meeting nm
            join network_group ng on ng.id = nm.network_group_id
            join programme p on p.id = nm.programme_id
            left join person f on f.id = nm.facilitator_person_id
            """;

    private static final RowMapper<MeetingRow> MEETING = NetworkMeetings::meetingRow;

    private final NetworkMeetingRepository meetings;
    private final NetworkGroupRepository groups;
    private final GatheringSchedule gatherings;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    NetworkMeetings(
            NetworkMeetingRepository meetings,
            NetworkGroupRepository groups,
            GatheringSchedule gatherings,
            NamedParameterJdbcTemplate jdbc,
            Clock clock) {
        this.meetings = meetings;
        this.groups = groups;
        this.gatherings = gatherings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the coordinator chooses for a plan. */
    public record PlanSettings(
            int meetingsPerGroup,
            DayOfWeek weekday,
            LocalTime startTime,
            LocalTime endTime,
            MeetingMode mode,
            String location,
            Long facilitatorPersonId,
            int facilitatedMeetings) {}

    public LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }

    // Busy periods

    public List<BusyPeriod> busyPeriods(long municipalityId) {
        return jdbc.query(
                "select id, municipality_id, from_date, to_date, label from municipality_busy_period"
                        + " where municipality_id = :m order by from_date, id",
                new MapSqlParameterSource("m", municipalityId),
                NetworkMeetings::busyPeriod);
    }

    @Transactional
    public void addBusyPeriod(long municipalityId, LocalDate from, LocalDate to, String label) {
        if (to.isBefore(from)) {
            throw new MeetingPlanException("networkgroup.busy.toBeforeFrom");
        }
        jdbc.update(
                "insert into municipality_busy_period (municipality_id, from_date, to_date, label)"
                        + " values (:m, :from, :to, :label)",
                new MapSqlParameterSource("m", municipalityId)
                        .addValue("from", from)
                        .addValue("to", to)
                        .addValue("label", label.strip()));
    }

    @Transactional
    public void deleteBusyPeriod(long municipalityId, long periodId) {
        int deleted = jdbc.update(
                "delete from municipality_busy_period where id = :id and municipality_id = :m",
                new MapSqlParameterSource("id", periodId).addValue("m", municipalityId));
        if (deleted == 0) {
            throw new NotFoundException("Busy period", periodId);
        }
    }

    // Planning

    /** The plan for the programme's active groups; nothing is saved. Four queries. */
    public List<MeetingPlanner.Planned> preview(Programme programme, PlanSettings settings) {
        long programmeId = programme.getId();
        List<NetworkGroup> active = groups.active(programmeId);
        if (active.isEmpty()) {
            throw new MeetingPlanException("networkgroup.plan.noGroups");
        }
        LocalDate firstDate = today().plusDays(1);
        Map<Long, List<BusyPeriod>> busy = busyOfGroups(programmeId);
        Map<Long, Integer> kept = new HashMap<>();
        jdbc.query(
                "select network_group_id, count(*) from network_meeting where programme_id = :p"
                        + " and status = 'PLANNED' and meeting_date < :first group by network_group_id",
                new MapSqlParameterSource("p", programmeId).addValue("first", firstDate),
                rs -> {
                    kept.put(rs.getLong(1), rs.getInt(2));
                });
        List<MeetingPlanner.Group> planned = active.stream()
                .map(group -> new MeetingPlanner.Group(
                        group.getId(),
                        group.getName(),
                        kept.getOrDefault(group.getId(), 0),
                        busy.getOrDefault(group.getId(), List.of())))
                .toList();
        List<MeetingPlanner.Stretch> stretches = gatherings.gatheringsOf(programmeId).stream()
                .map(g -> new MeetingPlanner.Stretch(g.startDate(), g.endDate()))
                .toList();
        if (stretches.size() < 2) {
            throw new MeetingPlanException("networkgroup.plan.fewGatherings");
        }
        return MeetingPlanner.plan(new MeetingPlanner.Request(
                programme.getStartDate(),
                programme.getEndDate(),
                stretches,
                settings.meetingsPerGroup(),
                settings.weekday(),
                settings.startTime(),
                settings.endTime(),
                settings.mode(),
                settings.location(),
                settings.facilitatorPersonId(),
                settings.facilitatedMeetings(),
                firstDate,
                planned));
    }

    /** Saves the plan: the future planned meetings of the active groups are replaced, the rest stays. */
    @Transactional
    public List<MeetingPlanner.Planned> savePlan(Programme programme, PlanSettings settings) {
        List<MeetingPlanner.Planned> plan = preview(programme, settings);
        jdbc.update(
                "delete from network_meeting where programme_id = :p and status = 'PLANNED' and meeting_date >= :first"
                        + " and network_group_id in (select id from network_group where programme_id = :p"
                        + " and status = 'ACTIVE')",
                new MapSqlParameterSource("p", programme.getId()).addValue("first", today().plusDays(1)));
        java.time.Instant now = clock.instant();
        meetings.saveAll(plan.stream()
                .map(planned ->
                        new NetworkMeeting(planned.groupId(), programme.getId(), planned.number(), planned.data(), now))
                .toList());
        return plan;
    }

    /** The year plan of the programme's active groups, or of one group; one query. */
    public List<MeetingRow> yearPlan(long programmeId, Long groupId) {
        return jdbc.query(
                MEETING_COLUMNS + " where nm.programme_id = :p and ng.status = 'ACTIVE'"
                        + (groupId == null ? "" : " and ng.id = :g")
                        + " order by nm.meeting_date, nm.start_time, ng.number, nm.id",
                new MapSqlParameterSource("p", programmeId).addValue("g", groupId),
                MEETING);
    }

    /** The year plan by month, for the year plan pages. */
    public static Map<java.time.YearMonth, List<MeetingRow>> byMonth(List<MeetingRow> rows) {
        Map<java.time.YearMonth, List<MeetingRow>> months = new LinkedHashMap<>();
        rows.forEach(row ->
                months.computeIfAbsent(row.month(), m -> new ArrayList<>()).add(row));
        return months;
    }

    public NetworkGroup group(long programmeId, long groupId) {
        return groups.findById(groupId)
                .filter(group -> group.getProgrammeId() == programmeId)
                .orElseThrow(() -> new NotFoundException("Network group", groupId));
    }

    public NetworkMeeting meeting(long programmeId, long meetingId) {
        return meetings.findById(meetingId)
                .filter(meeting -> meeting.getProgrammeId() == programmeId)
                .orElseThrow(() -> new NotFoundException("Network meeting", meetingId));
    }

    /** Changes one meeting; a date outside the programme period is refused. */
    @Transactional
    public void update(Programme programme, long meetingId, long version, MeetingData data) {
        NetworkMeeting meeting = meeting(programme.getId(), meetingId);
        StaleEditException.check(meeting.getVersion(), version);
        requireWithin(programme, data.date());
        meeting.apply(data, clock.instant());
        // Written now, so that reads in the same transaction (year plan, feeds) see it.
        meetings.flush();
    }

    public static void requireWithin(Programme programme, LocalDate date) {
        if ((programme.getStartDate() != null && date.isBefore(programme.getStartDate()))
                || (programme.getEndDate() != null && date.isAfter(programme.getEndDate()))) {
            throw new MeetingPlanException(
                    "networkgroup.meeting.outsidePeriod",
                    no.samla.networkgroup.MeetingPlanner.format(programme.getStartDate()),
                    no.samla.networkgroup.MeetingPlanner.format(programme.getEndDate()));
        }
    }

    @Transactional
    public void cancel(long programmeId, long meetingId) {
        meeting(programmeId, meetingId).cancel(clock.instant());
        meetings.flush();
    }

    /** Each active group's next planned meeting from today, by group id; one query. */
    public Map<Long, MeetingRow> nextMeetings(long programmeId) {
        Map<Long, MeetingRow> next = new LinkedHashMap<>();
        jdbc.query(
                        MEETING_COLUMNS
                                + " where nm.programme_id = :p and ng.status = 'ACTIVE' and nm.status = 'PLANNED'"
                                + " and nm.meeting_date >= :today order by ng.number, nm.meeting_date, nm.start_time, nm.id",
                        new MapSqlParameterSource("p", programmeId).addValue("today", today()),
                        MEETING)
                .forEach(row -> next.putIfAbsent(row.groupId(), row));
        return next;
    }

    /**
     * Sets the focus of each group's next meeting: the text for one group where given, else the text for all. Returns
     * how many meetings got a focus.
     */
    @Transactional
    public int setFocus(long programmeId, String forAll, Map<Long, String> perGroup) {
        int changed = 0;
        java.time.Instant now = clock.instant();
        for (MeetingRow next : nextMeetings(programmeId).values()) {
            String own = perGroup.get(next.groupId());
            String focus = own != null && !own.isBlank() ? own.strip() : forAll == null ? null : forAll.strip();
            if (focus != null && !focus.isEmpty()) {
                meeting(programmeId, next.id()).focus(focus, now);
                changed++;
            }
        }
        meetings.flush();
        return changed;
    }

    // The group's own pages

    /** Upcoming meetings (from today, cancelled ones included) of the person's active groups; one query. */
    public List<MeetingRow> upcomingOf(Collection<Long> groupIds, int limit) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                MEETING_COLUMNS + " where nm.network_group_id in (:groups) and nm.meeting_date >= :today"
                        + " order by nm.meeting_date, nm.start_time, nm.id limit :limit",
                new MapSqlParameterSource("groups", groupIds)
                        .addValue("today", today())
                        .addValue("limit", limit),
                MEETING);
    }

    /** The meetings a person facilitates from today, of groups they may not be a member of; one query. */
    public List<MeetingRow> facilitatedBy(long personId, int limit) {
        return jdbc.query(
                MEETING_COLUMNS + " where nm.facilitator_person_id = :person and ng.status = 'ACTIVE'"
                        + " and nm.meeting_date >= :today order by nm.meeting_date, nm.start_time, nm.id limit :limit",
                new MapSqlParameterSource("person", personId)
                        .addValue("today", today())
                        .addValue("limit", limit),
                MEETING);
    }

    /**
     * The meeting if the person is a current member of its group or facilitates a meeting of it; "not found" for
     * everyone else (coordinators and admins included), so that shared notes stay within the group. One query.
     */
    public MeetingRow meetingFor(long personId, long meetingId) {
        return jdbc
                .query(
                        MEETING_COLUMNS + " where nm.id = :id and ng.status = 'ACTIVE' and (exists (select 1 from"
                                + " network_group_member mem where mem.network_group_id = ng.id and mem.person_id = :person"
                                + " and mem.left_on is null) or exists (select 1 from network_meeting o where"
                                + " o.network_group_id = ng.id and o.facilitator_person_id = :person))",
                        new MapSqlParameterSource("id", meetingId).addValue("person", personId),
                        MEETING)
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Network meeting", meetingId));
    }

    /**
     * The next planned meeting (from today) of the person's active network group in the programme, where they are a
     * current member; one query.
     */
    public Deferred<Optional<MeetingRow>> nextOfMember(long personId, long programmeId, ReadBatch reads) {
        return reads.query(
                        MEETING_COLUMNS + " where nm.programme_id = :programme and ng.status = 'ACTIVE'"
                                + " and nm.status = 'PLANNED' and nm.meeting_date >= :today and exists (select 1 from"
                                + " network_group_member mem where mem.network_group_id = ng.id and mem.person_id = :person"
                                + " and mem.left_on is null) order by nm.meeting_date, nm.start_time, nm.id limit 1",
                        new MapSqlParameterSource("programme", programmeId)
                                .addValue("person", personId)
                                .addValue("today", today()),
                        MEETING)
                .map(rows -> rows.stream().findFirst());
    }

    /** The group's current members; one query. */
    public List<MemberRow> membersOf(long groupId) {
        return groups.membersOf(groupId);
    }

    public List<MeetingNote> notes(long meetingId) {
        return jdbc.query(
                "select n.id, n.author_person_id, pe.full_name, n.text, n.created_at from network_meeting_note n"
                        + " join person pe on pe.id = n.author_person_id where n.meeting_id = :m order by n.created_at, n.id",
                new MapSqlParameterSource("m", meetingId),
                (rs, i) -> new MeetingNote(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()));
    }

    /** Adds a note; only those who may read the meeting's notes may write one. */
    @Transactional
    public void addNote(long personId, long meetingId, String text) {
        meetingFor(personId, meetingId);
        jdbc.update(
                "insert into network_meeting_note (meeting_id, author_person_id, text) values (:m, :person, :text)",
                new MapSqlParameterSource("m", meetingId)
                        .addValue("person", personId)
                        .addValue("text", text.strip()));
    }

    /** Attendance by person: true present, false absent, none not recorded. */
    public Map<Long, Boolean> attendance(long meetingId) {
        Map<Long, Boolean> result = new HashMap<>();
        jdbc.query(
                "select person_id, present from network_meeting_attendance where meeting_id = :m",
                new MapSqlParameterSource("m", meetingId),
                rs -> {
                    result.put(rs.getLong(1), rs.getBoolean(2));
                });
        return result;
    }

    /** Whether the person records attendance: the meeting's facilitator, or any member when the group runs it. */
    public static boolean recordsAttendance(MeetingRow meeting, long personId, boolean member) {
        return meeting.facilitatorPersonId() == null ? member : meeting.facilitatorPersonId() == personId;
    }

    @Transactional
    public void recordAttendance(long personId, long meetingId, long memberId, boolean present) {
        MeetingRow meeting = meetingFor(personId, meetingId);
        List<MemberRow> members = membersOf(meeting.groupId());
        boolean member = members.stream().anyMatch(m -> m.personId() == personId);
        if (!recordsAttendance(meeting, personId, member)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the facilitator records attendance");
        }
        if (members.stream().noneMatch(m -> m.personId() == memberId)) {
            throw new NotFoundException("Member", memberId);
        }
        jdbc.update(
                "insert into network_meeting_attendance (meeting_id, person_id, present) values (:m, :person, :present)"
                        + " on conflict (meeting_id, person_id) do update set present = excluded.present",
                new MapSqlParameterSource("m", meetingId)
                        .addValue("person", memberId)
                        .addValue("present", present));
    }

    // Calendars, timeline and quote

    /** The number of planned (not cancelled) meetings of the programme's active groups, or empty if none. */
    public Optional<Integer> plannedCount(long programmeId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from network_meeting nm join network_group ng on ng.id = nm.network_group_id"
                        + " where nm.programme_id = :p and nm.status = 'PLANNED' and ng.status = 'ACTIVE'",
                new MapSqlParameterSource("p", programmeId),
                Integer.class);
        return count == null || count == 0 ? Optional.empty() : Optional.of(count);
    }

    private Map<Long, List<BusyPeriod>> busyOfGroups(long programmeId) {
        Map<Long, List<BusyPeriod>> busy = new HashMap<>();
        jdbc.query(
                "select distinct mem.network_group_id, bp.id, bp.municipality_id, bp.from_date, bp.to_date, bp.label"
                        + " from network_group_member mem join network_group ng on ng.id = mem.network_group_id"
                        + " join person pe on pe.id = mem.person_id"
                        + " join municipality_busy_period bp on bp.municipality_id = pe.municipality_id"
                        + " where ng.programme_id = :p and ng.status = 'ACTIVE' and mem.left_on is null",
                new MapSqlParameterSource("p", programmeId),
                rs -> {
                    busy.computeIfAbsent(rs.getLong(1), g -> new ArrayList<>())
                            .add(new BusyPeriod(
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getDate(4).toLocalDate(),
                                    rs.getDate(5).toLocalDate(),
                                    rs.getString(6)));
                });
        return busy;
    }

    private static BusyPeriod busyPeriod(ResultSet rs, int row) throws SQLException {
        return new BusyPeriod(
                rs.getLong(1),
                rs.getLong(2),
                rs.getDate(3).toLocalDate(),
                rs.getDate(4).toLocalDate(),
                rs.getString(5));
    }

    private static MeetingRow meetingRow(ResultSet rs, int row) throws SQLException {
        long facilitator = rs.getLong("facilitator_person_id");
        Long facilitatorId = rs.wasNull() ? null : facilitator;
        Date date = rs.getDate("meeting_date");
        return new MeetingRow(
                rs.getLong("id"),
                rs.getLong("network_group_id"),
                rs.getString("group_name"),
                rs.getInt("number"),
                date.toLocalDate(),
                rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class),
                MeetingMode.valueOf(rs.getString("mode")),
                rs.getString("location"),
                facilitatorId,
                rs.getString("facilitator_name"),
                rs.getString("focus"),
                MeetingStatus.valueOf(rs.getString("status")),
                rs.getLong("programme_id"),
                rs.getString("programme_name"));
    }
}
