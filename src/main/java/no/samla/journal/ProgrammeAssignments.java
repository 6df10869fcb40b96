package no.samla.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samla.gathering.Gathering;
import no.samla.gathering.Gatherings;
import no.samla.networkgroup.ConfirmedGroups;
import no.samla.networkgroup.MemberRow;
import no.samla.networkgroup.NetworkGroups;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.programme.EnrolledMunicipality;
import no.samla.programme.Enrolments;
import no.samla.programme.LeaderGroup;
import no.samla.programme.ParticipantRow;
import no.samla.programme.ParticipationRole;
import no.samla.programme.Programme;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import no.samla.system.web.ListPages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments as a programme's coordinators give and follow them: the list with how many have done each, giving one
 * to all participants, a leader group, a network group or chosen people (the recipients are fixed then), editing its
 * text and due date, and deleting it. Callers check that the user manages the programme; an assignment of another
 * programme is "not found".
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeAssignments {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Comparator<String> NAMES =
            Comparator.nullsLast(Collator.getInstance(Locale.forLanguageTag("nb")));

    private static final String ROW = """
            select a.id, a.programme_id, a.gathering_id, a.kind, a.title, a.description, a.due_on, a.audience,
                   a.leader_group_id, a.network_group_id, a.version,
                   count(r.person_id) as recipients, count(r.done_at) as done
            from assignment a
            left join assignment_recipient r on r.assignment_id = a.id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Enrolments enrolments;
    private final Gatherings gatherings;
    private final NetworkGroups networkGroups;
    private final People people;
    private final Clock clock;

    ProgrammeAssignments(
            JdbcClient jdbc,
            JdbcTemplate batch,
            Enrolments enrolments,
            Gatherings gatherings,
            NetworkGroups networkGroups,
            People people,
            Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.enrolments = enrolments;
        this.gatherings = gatherings;
        this.networkGroups = networkGroups;
        this.people = people;
        this.clock = clock;
    }

    /** A page of the programme's assignments, soonest due first, with their done counts: two queries. */
    public Page<ProgrammeAssignment> of(long programmeId, Pageable pageable) {
        List<ProgrammeAssignment> rows = jdbc.sql(ROW + """
                        where a.programme_id = :programme
                        group by a.id
                        order by a.due_on, a.id
                        limit :limit offset :offset
                        """)
                .param("programme", programmeId)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(ProgrammeAssignments::row)
                .list();
        long total = jdbc.sql("select count(*) from assignment where programme_id = :programme")
                .param("programme", programmeId)
                .query(Long.class)
                .single();
        return new PageImpl<>(rows, pageable, total);
    }

    /** One assignment of the programme; "not found" for an assignment of another programme. */
    public ProgrammeAssignment get(long programmeId, long assignmentId) {
        return jdbc.sql(ROW + " where a.programme_id = :programme and a.id = :id group by a.id")
                .param("programme", programmeId)
                .param("id", assignmentId)
                .query(ProgrammeAssignments::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("Assignment", assignmentId));
    }

    /** Who has to do the assignment, by name, with when they did it: two queries, paged here. */
    public Page<RecipientRow> recipients(long programmeId, long assignmentId, Pageable pageable) {
        get(programmeId, assignmentId);
        Map<Long, Timestamp> done = new LinkedHashMap<>();
        jdbc.sql("select person_id, done_at from assignment_recipient where assignment_id = :id")
                .param("id", assignmentId)
                .query(rs -> {
                    done.put(rs.getLong("person_id"), rs.getTimestamp("done_at"));
                });
        Map<Long, String> names =
                people.getAll(done.keySet()).stream().collect(Collectors.toMap(Person::getId, Person::getFullName));
        List<RecipientRow> all = done.entrySet().stream()
                .map(entry -> new RecipientRow(
                        entry.getKey(),
                        names.get(entry.getKey()),
                        entry.getValue() == null ? null : entry.getValue().toInstant()))
                .sorted(Comparator.comparing(RecipientRow::fullName, NAMES).thenComparing(RecipientRow::personId))
                .toList();
        return ListPages.of(all, pageable);
    }

    /** The leader groups, active network groups and participants an assignment can be given to. */
    public Choices choices(long programmeId) {
        Choices groups = groups(programmeId);
        List<Choices.Participant> participants = participants(programmeId).stream()
                .map(row -> new Choices.Participant(
                        row.personId(),
                        row.fullName(),
                        row.leaderGroupName() != null ? row.leaderGroupName() : row.municipalityName()))
                .sorted(Comparator.comparing(Choices.Participant::group, NAMES)
                        .thenComparing(Choices.Participant::fullName, NAMES)
                        .thenComparing(Choices.Participant::personId))
                .toList();
        return new Choices(groups.leaderGroups(), groups.networkGroups(), participants);
    }

    /** The leader groups and active network groups of the programme, without the participants. */
    public Choices groups(long programmeId) {
        Map<Long, String> municipalityNames = enrolments.municipalities(programmeId, null).stream()
                .collect(Collectors.toMap(EnrolledMunicipality::municipalityId, EnrolledMunicipality::name));
        List<Choices.Option> leaderGroups = enrolments.leaderGroups(programmeId, null).stream()
                .map(group -> new Choices.Option(group.getId(), leaderGroupLabel(group, municipalityNames)))
                .toList();
        List<Choices.Option> groups = networkGroups.confirmed(programmeId).groups().stream()
                .map(confirmed -> new Choices.Option(
                        confirmed.group().getId(), confirmed.group().getName()))
                .toList();
        return new Choices(leaderGroups, groups, List.of());
    }

    private static String leaderGroupLabel(LeaderGroup group, Map<Long, String> municipalityNames) {
        String municipality =
                municipalityNames.get(group.getProgrammeMunicipality().getMunicipalityId());
        return municipality == null ? group.getName() : group.getName() + " (" + municipality + ")";
    }

    /**
     * The due date an assignment gets when none is given: the first gathering after the one it is given at, or after
     * today when it is given at none; empty when there is no such gathering.
     */
    public Optional<LocalDate> defaultDue(long programmeId, Long gatheringId) {
        List<Gathering> all = gatherings.of(programmeId);
        LocalDate after = all.stream()
                .filter(gathering -> gathering.getId().equals(gatheringId))
                .map(Gathering::getStartDate)
                .findFirst()
                .orElseGet(this::today);
        return all.stream()
                .map(Gathering::getStartDate)
                .filter(start -> start.isAfter(after))
                .min(Comparator.naturalOrder());
    }

    /** The gathering of the programme that started last on or before today, to give an assignment at by default. */
    public Optional<Gathering> latestStarted(long programmeId) {
        LocalDate today = today();
        return gatherings.of(programmeId).stream()
                .filter(gathering -> !gathering.getStartDate().isAfter(today))
                .max(Comparator.comparing(Gathering::getStartDate));
    }

    /**
     * What is wrong with a new assignment beyond its form, by field and message key (empty when it can be given): an
     * unknown gathering or group, a chosen audience without a group or people, nobody to give it to, a due date before
     * the gathering, after the programme or missing with no later gathering.
     */
    public Map<String, String> problems(Programme programme, AssignmentData data) {
        return check(programme, data).problems();
    }

    /** Gives the assignment and fixes its recipients (participants with the participant role only). */
    @Transactional
    public long create(Programme programme, AssignmentData data, long byPersonId) {
        Checked checked = check(programme, data);
        checked.problems().entrySet().stream().findFirst().ifPresent(problem -> {
            throw new FieldConflictException(problem.getKey(), problem.getValue());
        });
        long id = jdbc.sql("""
                        insert into assignment (programme_id, gathering_id, kind, title, description, due_on, audience,
                            leader_group_id, network_group_id, created_by_person_id, created_at)
                        values (:programme, :gathering, :kind, :title, :description, :due, :audience,
                            :leaderGroup, :networkGroup, :by, :now)
                        returning id
                        """)
                .param("programme", programme.getId())
                .param("gathering", data.gatheringId())
                .param("kind", data.kind().name())
                .param("title", data.title())
                .param("description", data.description())
                .param("due", checked.dueOn())
                .param("audience", data.audience().name())
                .param("leaderGroup", data.audience() == AssignmentAudience.LEADER_GROUP ? data.leaderGroupId() : null)
                .param(
                        "networkGroup",
                        data.audience() == AssignmentAudience.NETWORK_GROUP ? data.networkGroupId() : null)
                .param("by", byPersonId)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        batch.batchUpdate(
                "insert into assignment_recipient (assignment_id, person_id) values (?, ?)",
                checked.recipients().stream()
                        .sorted()
                        .map(person -> new Object[] {id, person})
                        .toList());
        return id;
    }

    /** What is wrong with an edit's due date: before the gathering it was given at, or after the programme. */
    public Map<String, String> editProblems(Programme programme, long assignmentId, LocalDate dueOn) {
        ProgrammeAssignment assignment = get(programme.getId(), assignmentId);
        Map<String, String> problems = new LinkedHashMap<>();
        Gathering gathering = gatheringOf(programme.getId(), assignment.gatheringId());
        dueProblem(programme, gathering, dueOn).ifPresent(key -> problems.put("dueOn", key));
        return problems;
    }

    /** Changes the text, kind and due date; the recipients stay. The version the form was opened on must be current. */
    @Transactional
    public void update(
            Programme programme,
            long assignmentId,
            long formVersion,
            AssignmentKind kind,
            String title,
            String description,
            LocalDate dueOn) {
        ProgrammeAssignment assignment = get(programme.getId(), assignmentId);
        StaleEditException.check(assignment.version(), formVersion);
        editProblems(programme, assignmentId, dueOn).entrySet().stream()
                .findFirst()
                .ifPresent(problem -> {
                    throw new FieldConflictException(problem.getKey(), problem.getValue());
                });
        int updated = jdbc.sql("""
                        update assignment set kind = :kind, title = :title, description = :description, due_on = :due,
                            version = version + 1
                        where id = :id and programme_id = :programme and version = :version
                        """)
                .param("kind", kind.name())
                .param("title", title.strip())
                .param("description", description == null ? "" : description.strip())
                .param("due", dueOn)
                .param("id", assignmentId)
                .param("programme", programme.getId())
                .param("version", formVersion)
                .update();
        if (updated == 0) {
            throw new StaleEditException(get(programme.getId(), assignmentId).version());
        }
    }

    /** Deletes the assignment and who had it; log entries written about it stay, without the link. */
    @Transactional
    public void delete(long programmeId, long assignmentId) {
        int deleted = jdbc.sql("delete from assignment where id = :id and programme_id = :programme")
                .param("id", assignmentId)
                .param("programme", programmeId)
                .update();
        if (deleted == 0) {
            throw new NotFoundException("Assignment", assignmentId);
        }
    }

    private record Checked(Map<String, String> problems, LocalDate dueOn, Set<Long> recipients) {}

    private Checked check(Programme programme, AssignmentData data) {
        long programmeId = programme.getId();
        Map<String, String> problems = new LinkedHashMap<>();
        Gathering gathering = null;
        if (data.gatheringId() != null) {
            gathering = gatheringOf(programmeId, data.gatheringId());
            if (gathering == null) {
                problems.put("gatheringId", "assignment.gathering.unknown");
            }
        }
        LocalDate dueOn = data.dueOn();
        if (dueOn == null && !problems.containsKey("gatheringId")) {
            dueOn = defaultDue(programmeId, data.gatheringId()).orElse(null);
            if (dueOn == null) {
                problems.put("dueOn", "assignment.due.noNextGathering");
            }
        }
        if (dueOn != null) {
            dueProblem(programme, gathering, dueOn).ifPresent(key -> problems.put("dueOn", key));
        }
        Set<Long> recipients = Set.of();
        if (data.audience() != null) {
            Recipients found = recipients(programmeId, data);
            recipients = found.people();
            if (found.problem() != null) {
                problems.put(found.field(), found.problem());
            } else if (recipients.isEmpty()) {
                problems.put("audience", "assignment.audience.nobody");
            }
        }
        return new Checked(problems, dueOn, recipients);
    }

    private Optional<String> dueProblem(Programme programme, Gathering gathering, LocalDate dueOn) {
        if (dueOn == null) {
            return Optional.empty(); // a date that could not be read has its message already
        }
        if (gathering != null && dueOn.isBefore(gathering.getStartDate())) {
            return Optional.of("assignment.due.beforeGathering");
        }
        if (programme.getEndDate() != null && dueOn.isAfter(programme.getEndDate())) {
            return Optional.of("assignment.due.afterProgramme");
        }
        return Optional.empty();
    }

    private record Recipients(Set<Long> people, String field, String problem) {
        static Recipients of(Set<Long> people) {
            return new Recipients(people, null, null);
        }

        static Recipients refused(String field, String problem) {
            return new Recipients(Set.of(), field, problem);
        }
    }

    private Recipients recipients(long programmeId, AssignmentData data) {
        Set<Long> participants =
                participants(programmeId).stream().map(ParticipantRow::personId).collect(Collectors.toSet());
        return switch (data.audience()) {
            case ALL -> Recipients.of(participants);
            case LEADER_GROUP -> {
                if (data.leaderGroupId() == null) {
                    yield Recipients.refused("leaderGroupId", "assignment.leaderGroup.required");
                }
                boolean ours = enrolments.leaderGroups(programmeId, null).stream()
                        .anyMatch(group -> group.getId().equals(data.leaderGroupId()));
                if (!ours) {
                    yield Recipients.refused("leaderGroupId", "assignment.leaderGroup.unknown");
                }
                yield Recipients.of(enrolments.participantsInLeaderGroup(programmeId, data.leaderGroupId()));
            }
            case NETWORK_GROUP -> {
                if (data.networkGroupId() == null) {
                    yield Recipients.refused("networkGroupId", "assignment.networkGroup.required");
                }
                Optional<ConfirmedGroups.ConfirmedGroup> group = networkGroups.confirmed(programmeId).groups().stream()
                        .filter(confirmed -> confirmed.group().getId().equals(data.networkGroupId()))
                        .findFirst();
                if (group.isEmpty()) {
                    yield Recipients.refused("networkGroupId", "assignment.networkGroup.unknown");
                }
                yield Recipients.of(group.get().members().stream()
                        .map(MemberRow::personId)
                        .filter(participants::contains)
                        .collect(Collectors.toSet()));
            }
            case CHOSEN -> {
                if (data.chosenPersonIds().isEmpty()) {
                    yield Recipients.refused("chosenPersonIds", "assignment.chosen.required");
                }
                if (!participants.containsAll(data.chosenPersonIds())) {
                    yield Recipients.refused("chosenPersonIds", "assignment.chosen.unknown");
                }
                yield Recipients.of(data.chosenPersonIds());
            }
        };
    }

    /** The active participants with the participant role, in two queries. */
    private List<ParticipantRow> participants(long programmeId) {
        return enrolments.participants(programmeId, null, false, Pageable.unpaged()).stream()
                .filter(row -> row.roles().contains(ParticipationRole.PARTICIPANT))
                .toList();
    }

    private Gathering gatheringOf(long programmeId, Long gatheringId) {
        if (gatheringId == null) {
            return null;
        }
        return gatherings.of(programmeId).stream()
                .filter(gathering -> gathering.getId().equals(gatheringId))
                .findFirst()
                .orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }

    /** The gatherings of the programme by id, for labels. */
    public Map<Long, Gathering> gatherings(long programmeId) {
        return gatherings.of(programmeId).stream()
                .collect(Collectors.toMap(Gathering::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static ProgrammeAssignment row(ResultSet rs, int row) throws SQLException {
        return new ProgrammeAssignment(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                nullableLong(rs, "gathering_id"),
                AssignmentKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getDate("due_on").toLocalDate(),
                AssignmentAudience.valueOf(rs.getString("audience")),
                nullableLong(rs, "leader_group_id"),
                nullableLong(rs, "network_group_id"),
                rs.getLong("recipients"),
                rs.getLong("done"),
                rs.getLong("version"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
