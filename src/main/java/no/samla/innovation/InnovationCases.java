package no.samla.innovation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.people.SamlaUser;
import no.samla.programme.EnrolledMunicipality;
import no.samla.programme.Enrolments;
import no.samla.programme.LeaderGroup;
import no.samla.programme.ParticipationRole;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.programme.Programmes;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Innovation cases of a programme and their way through the roadmap. Its coordinators and the admin create, change
 * and delete cases; the team (participants of the programme) edits its case, ticks steps and records phase changes
 * itself, because the leader group decides its next phase in its own meetings; everyone taking part in the programme
 * reads all its cases; an enrolled municipality's admin reads the cases of their own municipality. To anyone else a
 * case does not exist.
 */
@Service
@Transactional(readOnly = true)
public class InnovationCases {

    private static final java.time.ZoneId OSLO = java.time.ZoneId.of("Europe/Oslo");

    private static final int MAX_CHOICES = 5000;

    /** How many cases a board column shows before it links to the whole phase. */
    public static final int COLUMN_SIZE = 25;

    private final InnovationCaseRepository cases;
    private final CaseStepRepository caseSteps;
    private final PhaseChangeRepository phaseChanges;
    private final InnovationPhaseRepository phases;
    private final InnovationStepRepository steps;
    private final Roadmap roadmap;
    private final ProgrammeAccess access;
    private final Programmes programmes;
    private final Enrolments enrolments;
    private final People people;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    InnovationCases(
            InnovationCaseRepository cases,
            CaseStepRepository caseSteps,
            PhaseChangeRepository phaseChanges,
            InnovationPhaseRepository phases,
            InnovationStepRepository steps,
            Roadmap roadmap,
            ProgrammeAccess access,
            Programmes programmes,
            Enrolments enrolments,
            People people,
            JdbcTemplate jdbc,
            Clock clock) {
        this.cases = cases;
        this.caseSteps = caseSteps;
        this.phaseChanges = phaseChanges;
        this.phases = phases;
        this.steps = steps;
        this.roadmap = roadmap;
        this.access = access;
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How the user sees the programme's cases, or "not found" when they may see none of them. */
    public CaseViewer viewer(SamlaUser user, long programmeId) {
        boolean takesPart = access.takesPart(user, programmeId);
        if (access.canView(user, programmeId)) {
            Programme programme = access.view(user, programmeId);
            if (access.canManage(user, programme)) {
                return new CaseViewer(user.personId(), programme, true, takesPart, null);
            }
            return new CaseViewer(
                    user.personId(),
                    programme,
                    false,
                    takesPart,
                    takesPart ? null : access.municipalityScope(user, programme));
        }
        if (takesPart) {
            Programme programme =
                    programmes.find(programmeId).orElseThrow(() -> new NotFoundException("Programme", programmeId));
            return new CaseViewer(user.personId(), programme, false, true, null);
        }
        throw new NotFoundException("Programme", programmeId);
    }

    /** A viewer who may create and delete cases: a 404 for those who see nothing, a 403 for those who only read. */
    public CaseViewer manager(SamlaUser user, long programmeId) {
        CaseViewer viewer = viewer(user, programmeId);
        if (!viewer.manager()) {
            throw new AccessDeniedException("Only the programme's coordinators manage its innovation cases");
        }
        return viewer;
    }

    /** The programmes a leader takes part in and the cases whose team they are on. */
    public LeaderCases ofLeader(long personId) {
        List<Long> programmeIds = enrolments.programmesAsParticipant(personId);
        List<InnovationCase> own = cases.ofTeamMember(personId);
        Set<Long> allProgrammes = new HashSet<>(programmeIds);
        own.forEach(c -> allProgrammes.add(c.getProgrammeId()));
        Map<Long, String> names = programmes.names(allProgrammes);
        Map<Long, InnovationPhase> phaseById = phaseMap();
        return new LeaderCases(
                programmeIds.stream()
                        .map(id -> new LeaderCases.ProgrammeLink(id, names.get(id)))
                        .toList(),
                own.stream()
                        .map(c -> new LeaderCases.TeamCase(
                                c.getId(),
                                c.getTitle(),
                                names.get(c.getProgrammeId()),
                                phaseById.get(c.getPhaseId()),
                                c.getHealth()))
                        .toList());
    }

    /**
     * The board of a programme: each phase with its first {@link #COLUMN_SIZE} cases by title and its total, or, when
     * {@code phaseId} is given, that phase alone with one page of its cases. A municipality admin's board is always
     * narrowed to their own municipality.
     */
    public Board board(SamlaUser user, long programmeId, Long municipalityFilter, Long phaseId, Pageable pageable) {
        CaseViewer viewer = viewer(user, programmeId);
        Long municipalityId = viewer.municipalityScope() != null ? viewer.municipalityScope() : municipalityFilter;
        List<EnrolledMunicipality> municipalities = enrolments.municipalities(programmeId, viewer.municipalityScope());
        List<InnovationPhase> allPhases = roadmap.phases();
        Map<Long, Long> totals = new HashMap<>();
        cases.countByPhase(programmeId, municipalityId)
                .forEach(row -> totals.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        List<InnovationCase> found;
        Page<InnovationCase> page = null;
        List<InnovationPhase> shown = allPhases;
        if (phaseId != null) {
            shown = allPhases.stream()
                    .filter(phase -> phase.getId() == phaseId.longValue())
                    .toList();
            if (shown.isEmpty()) {
                throw new NotFoundException("InnovationPhase", phaseId);
            }
            page = cases.inPhase(programmeId, municipalityId, phaseId, pageable);
            found = page.getContent();
        } else {
            List<Long> ids = cases.firstOfEachPhase(programmeId, municipalityId, COLUMN_SIZE);
            found = ids.isEmpty() ? List.of() : cases.byIds(ids);
        }
        OwnerNames names = ownerNames(programmeId, municipalities, found);
        Map<Long, List<BoardCase>> byPhase = new HashMap<>();
        for (InnovationCase c : found) {
            byPhase.computeIfAbsent(c.getPhaseId(), id -> new ArrayList<>())
                    .add(new BoardCase(
                            c.getId(),
                            c.getTitle(),
                            names.owner(c),
                            names.municipality(c.getMunicipalityId()),
                            c.getStatus(),
                            c.getHealth(),
                            c.getHealthReason()));
        }
        List<Board.Column> columns = shown.stream()
                .map(phase -> new Board.Column(
                        phase, byPhase.getOrDefault(phase.getId(), List.of()), totals.getOrDefault(phase.getId(), 0L)))
                .toList();
        return new Board(
                viewer,
                columns,
                municipalities,
                municipalityId,
                page == null ? null : page.map(c -> c.getId()),
                totals.values().stream().mapToLong(Long::longValue).sum());
    }

    /** The case as the user may see it, or "not found". */
    public InnovationCase visible(SamlaUser user, long caseId) {
        InnovationCase found =
                cases.withTeam(caseId).orElseThrow(() -> new NotFoundException("InnovationCase", caseId));
        CaseViewer viewer = viewerOrNull(user, found.getProgrammeId());
        if (viewer == null || !viewer.sees(found)) {
            throw new NotFoundException("InnovationCase", caseId);
        }
        return found;
    }

    /** The case if the user may change it: "not found" if they may not see it, 403 if they may only read it. */
    public InnovationCase editable(SamlaUser user, long caseId) {
        InnovationCase found = visible(user, caseId);
        if (!viewer(user, found.getProgrammeId()).edits(found)) {
            throw new AccessDeniedException("Only the case's team and the programme's coordinators change it");
        }
        return found;
    }

    /** The case page: the case, its owner and team by name, the roadmap with ticked steps, timeline and links. */
    public CasePage page(SamlaUser user, long caseId) {
        InnovationCase c = visible(user, caseId);
        CaseViewer viewer = viewer(user, c.getProgrammeId());
        List<PhaseChange> changes = phaseChanges.findByCaseIdOrderByDecidedOnAscIdAsc(caseId);
        List<CaseStep> work = caseSteps.findByCaseId(caseId);
        Set<Long> personIds = new HashSet<>(c.getTeam());
        work.forEach(step -> personIds.add(step.getUpdatedBy()));
        changes.forEach(change -> personIds.add(change.getRecordedBy()));
        if (c.getOwner().kind() == OwnerKind.LEADER) {
            personIds.add(c.getOwner().id());
        }
        Map<Long, String> personNames = personNames(personIds);
        OwnerNames names = new OwnerNames(
                enrolments.leaderGroups(c.getProgrammeId(), null).stream()
                        .collect(Collectors.toMap(LeaderGroup::getId, LeaderGroup::getName)),
                enrolments.municipalities(c.getProgrammeId(), null).stream()
                        .collect(Collectors.toMap(
                                EnrolledMunicipality::municipalityId, EnrolledMunicipality::name, (a, b) -> a)),
                personNames);

        List<Roadmap.RoadmapPhase> phasesWithSteps = roadmap.withSteps();
        Map<Long, CaseStep> workByStep =
                work.stream().collect(Collectors.toMap(CaseStep::getStepId, Function.identity()));
        InnovationPhase current = null;
        int currentOrder = 0;
        for (Roadmap.RoadmapPhase rp : phasesWithSteps) {
            if (rp.phase().getId() == c.getPhaseId()) {
                current = rp.phase();
                currentOrder = rp.phase().getSortOrder();
            }
        }
        List<CasePage.PhaseProgress> progress = new ArrayList<>();
        for (Roadmap.RoadmapPhase rp : phasesWithSteps) {
            progress.add(new CasePage.PhaseProgress(
                    rp.phase(),
                    rp.steps().stream()
                            .map(step -> {
                                CaseStep done = workByStep.get(step.getId());
                                return new CasePage.StepProgress(
                                        step, done, done == null ? null : personNames.get(done.getUpdatedBy()));
                            })
                            .toList(),
                    rp.phase().getId() == c.getPhaseId(),
                    rp.phase().getSortOrder() < currentOrder));
        }
        List<InnovationPhase> ordered =
                phasesWithSteps.stream().map(Roadmap.RoadmapPhase::phase).toList();
        Map<Long, InnovationPhase> phaseById =
                ordered.stream().collect(Collectors.toMap(InnovationPhase::getId, Function.identity()));
        List<CasePage.TimelineEntry> timeline = changes.stream()
                .map(change -> new CasePage.TimelineEntry(
                        change,
                        change.getFromPhaseId() == null ? null : phaseById.get(change.getFromPhaseId()),
                        phaseById.get(change.getToPhaseId()),
                        skipped(ordered, phaseById, change),
                        personNames.get(change.getRecordedBy())))
                .toList();
        return new CasePage(
                viewer,
                c,
                viewer.edits(c),
                names.owner(c),
                names.municipality(c.getMunicipalityId()),
                c.getTeam().stream()
                        .map(personNames::get)
                        .filter(java.util.Objects::nonNull)
                        .sorted()
                        .toList(),
                current,
                progress,
                timeline,
                links(user, c));
    }

    /** The phases a change jumped over: those after its from-phase and before its to-phase, going forward only. */
    private static List<InnovationPhase> skipped(
            List<InnovationPhase> ordered, Map<Long, InnovationPhase> byId, PhaseChange change) {
        if (change.getFromPhaseId() == null) {
            return List.of();
        }
        InnovationPhase from = byId.get(change.getFromPhaseId());
        InnovationPhase to = byId.get(change.getToPhaseId());
        if (from == null || to == null) {
            return List.of();
        }
        return ordered.stream()
                .filter(phase -> phase.getSortOrder() > from.getSortOrder() && phase.getSortOrder() < to.getSortOrder())
                .toList();
    }

    /** What the owner and team of a case in the programme may be chosen from. */
    public FormChoices choices(long programmeId) {
        return new FormChoices(
                enrolments.leaderGroups(programmeId, null),
                enrolments.municipalities(programmeId, null),
                enrolments.participants(programmeId, null, false, PageRequest.of(0, MAX_CHOICES)).getContent().stream()
                        .filter(row -> row.roles().contains(ParticipationRole.PARTICIPANT))
                        .toList());
    }

    /** A new case in the first phase of the roadmap, its start on the timeline. */
    @Transactional
    public InnovationCase create(SamlaUser user, long programmeId, CaseData data, CaseOwner owner, Set<Long> team) {
        return create(user, programmeId, data, owner, team, LocalDate.now(clock.withZone(OSLO)));
    }

    /** The same, for a case whose work started on an earlier day (a case brought in from before, or the demo). */
    @Transactional
    public InnovationCase create(
            SamlaUser user, long programmeId, CaseData data, CaseOwner owner, Set<Long> team, LocalDate startedOn) {
        manager(user, programmeId);
        Long municipalityId = checkOwner(programmeId, owner);
        checkTeam(programmeId, team);
        InnovationPhase first = roadmap.phases().get(0);
        InnovationCase c = new InnovationCase(programmeId, first.getId(), clock.instant());
        c.own(owner, municipalityId);
        c.describe(data, clock.instant());
        c.staff(team);
        cases.save(c);
        phaseChanges.save(new PhaseChange(
                c.getId(), null, first.getId(), startedOn, user.fullName(), null, user.personId(), clock.instant()));
        return c;
    }

    /**
     * Saves the case's text, status and health; the owner and team too when a coordinator saves (a team member's
     * owner and team are left as they are). The form was opened on {@code formVersion}.
     */
    @Transactional
    public void update(SamlaUser user, long caseId, long formVersion, CaseData data, CaseOwner owner, Set<Long> team) {
        InnovationCase c = editable(user, caseId);
        StaleEditException.check(c.getVersion(), formVersion);
        if (viewer(user, c.getProgrammeId()).manager()) {
            c.own(owner, checkOwner(c.getProgrammeId(), owner));
            checkTeam(c.getProgrammeId(), team);
            c.staff(team);
        }
        c.describe(data, clock.instant());
    }

    @Transactional
    public void delete(SamlaUser user, long caseId) {
        InnovationCase c = visible(user, caseId);
        manager(user, c.getProgrammeId());
        cases.delete(c);
    }

    /**
     * Ticks (or unticks) a step of the case with a note and evidence. {@code formVersion} is the version of the
     * step's work the form was opened with, {@link CaseStep#NOT_STARTED} when there was none; a save over someone
     * else's newer work is refused as stale.
     */
    @Transactional
    public void recordStep(
            SamlaUser user, long caseId, long stepId, long formVersion, boolean done, String note, String evidence) {
        InnovationCase c = editable(user, caseId);
        step(stepId);
        Optional<CaseStep> saved = caseSteps.findByCaseIdAndStepId(c.getId(), stepId);
        saved.ifPresent(existing -> StaleEditException.check(existing.getVersion(), formVersion));
        CaseStep work = saved.orElseGet(() -> new CaseStep(c.getId(), stepId));
        work.record(done, blankToNull(note), blankToNull(evidence), user.personId(), clock.instant());
        caseSteps.save(work);
    }

    /** The step with its work on this case so far, for its form. */
    public StepWork stepWork(SamlaUser user, long caseId, long stepId) {
        InnovationCase c = editable(user, caseId);
        InnovationStep step = step(stepId);
        InnovationPhase phase = phases.findById(step.getPhaseId()).orElseThrow();
        return new StepWork(
                c, phase, step, caseSteps.findByCaseIdAndStepId(caseId, stepId).orElse(null));
    }

    /** A step and a case's work on it. */
    public record StepWork(InnovationCase innovationCase, InnovationPhase phase, InnovationStep step, CaseStep work) {}

    private InnovationStep step(long stepId) {
        return steps.findById(stepId).orElseThrow(() -> new NotFoundException("InnovationStep", stepId));
    }

    /**
     * Moves the case to another phase, forward (possibly past phases, which the timeline shows as skipped) or back,
     * recording when it was decided, by whom and why.
     */
    @Transactional
    public void changePhase(
            SamlaUser user,
            long caseId,
            long formVersion,
            long phaseId,
            LocalDate decidedOn,
            String decidedBy,
            String comment) {
        InnovationCase c = editable(user, caseId);
        StaleEditException.check(c.getVersion(), formVersion);
        InnovationPhase target = phases.findById(phaseId)
                .orElseThrow(() -> new FieldConflictException("phaseId", "innovation.phase.unknown"));
        if (target.getId() == c.getPhaseId()) {
            throw new FieldConflictException("phaseId", "innovation.phase.same");
        }
        if (decidedOn.isAfter(LocalDate.now(clock.withZone(OSLO)))) {
            throw new FieldConflictException("decidedOn", "innovation.phase.future");
        }
        phaseChanges.save(new PhaseChange(
                c.getId(),
                c.getPhaseId(),
                target.getId(),
                decidedOn,
                decidedBy.strip(),
                blankToNull(comment),
                user.personId(),
                clock.instant()));
        c.moveTo(target.getId(), clock.instant());
    }

    /** Links the case to another the user may see (in any programme); linking twice changes nothing. */
    @Transactional
    public void link(SamlaUser user, long caseId, long otherCaseId) {
        InnovationCase c = editable(user, caseId);
        if (otherCaseId == c.getId()) {
            throw new FieldConflictException("caseNumber", "innovation.link.self");
        }
        InnovationCase other = cases.withTeam(otherCaseId)
                .filter(found -> {
                    CaseViewer viewer = viewerOrNull(user, found.getProgrammeId());
                    return viewer != null && viewer.sees(found);
                })
                .orElseThrow(() -> new FieldConflictException("caseNumber", "innovation.link.unknown"));
        jdbc.update(
                "insert into innovation_case_link (case_id, linked_case_id) values (?, ?) on conflict do nothing",
                Math.min(c.getId(), other.getId()),
                Math.max(c.getId(), other.getId()));
    }

    @Transactional
    public void unlink(SamlaUser user, long caseId, long otherCaseId) {
        InnovationCase c = editable(user, caseId);
        jdbc.update(
                "delete from innovation_case_link where case_id = ? and linked_case_id = ?",
                Math.min(c.getId(), otherCaseId),
                Math.max(c.getId(), otherCaseId));
    }

    /** A case of the programme by its title (any case), as the demo looks its cases up to stay idempotent. */
    public Optional<InnovationCase> findByTitle(long programmeId, String title) {
        return cases.findFirstByProgrammeIdAndTitleIgnoreCase(programmeId, title);
    }

    private List<CasePage.LinkedCase> links(SamlaUser user, InnovationCase c) {
        List<Long> otherIds = jdbc.queryForList("""
                select case when case_id = ? then linked_case_id else case_id end
                from innovation_case_link where case_id = ? or linked_case_id = ?
                """, Long.class, c.getId(), c.getId(), c.getId());
        if (otherIds.isEmpty()) {
            return List.of();
        }
        List<InnovationCase> others = cases.byIds(otherIds);
        Map<Long, CaseViewer> viewers = new HashMap<>();
        Map<Long, String> programmeNames = programmes.names(
                others.stream().map(InnovationCase::getProgrammeId).collect(Collectors.toSet()));
        return others.stream()
                .filter(other -> {
                    CaseViewer viewer = viewers.computeIfAbsent(
                            other.getProgrammeId(), programmeId -> viewerOrNull(user, programmeId));
                    return viewer != null && viewer.sees(other);
                })
                .sorted(java.util.Comparator.comparing(InnovationCase::getTitle))
                .map(other -> new CasePage.LinkedCase(
                        other.getId(), other.getTitle(), programmeNames.get(other.getProgrammeId())))
                .toList();
    }

    private CaseViewer viewerOrNull(SamlaUser user, long programmeId) {
        try {
            return viewer(user, programmeId);
        } catch (NotFoundException notFound) {
            return null;
        }
    }

    /** Checks the owner belongs to the programme and returns the municipality the case belongs to. */
    private Long checkOwner(long programmeId, CaseOwner owner) {
        return switch (owner.kind()) {
            case LEADER_GROUP ->
                enrolments.leaderGroups(programmeId, null).stream()
                        .filter(group -> group.getId() == owner.id())
                        .findFirst()
                        .map(group -> group.getProgrammeMunicipality().getMunicipalityId())
                        .orElseThrow(
                                () -> new FieldConflictException("leaderGroupId", "innovation.case.owner.unknown"));
            case MUNICIPALITY -> {
                if (!enrolments.isEnrolled(programmeId, owner.id())) {
                    throw new FieldConflictException("municipalityId", "innovation.case.owner.unknown");
                }
                yield owner.id();
            }
            case LEADER -> {
                if (!enrolments.takesPart(programmeId, owner.id())) {
                    throw new FieldConflictException("leaderPersonId", "innovation.case.owner.unknown");
                }
                yield people.get(owner.id()).getMunicipalityId();
            }
        };
    }

    private void checkTeam(long programmeId, Collection<Long> team) {
        if (!enrolments.activePersonIds(programmeId).containsAll(team)) {
            throw new FieldConflictException("teamPersonIds", "innovation.case.team.unknown");
        }
    }

    private OwnerNames ownerNames(
            long programmeId, List<EnrolledMunicipality> municipalities, List<InnovationCase> found) {
        Set<Long> leaders = found.stream()
                .filter(c -> c.getOwner().kind() == OwnerKind.LEADER)
                .map(c -> c.getOwner().id())
                .collect(Collectors.toSet());
        boolean anyGroup = found.stream().anyMatch(c -> c.getOwner().kind() == OwnerKind.LEADER_GROUP);
        return new OwnerNames(
                anyGroup
                        ? enrolments.leaderGroups(programmeId, null).stream()
                                .collect(Collectors.toMap(LeaderGroup::getId, LeaderGroup::getName))
                        : Map.of(),
                municipalities.stream()
                        .collect(Collectors.toMap(
                                EnrolledMunicipality::municipalityId, EnrolledMunicipality::name, (a, b) -> a)),
                personNames(leaders));
    }

    private Map<Long, String> personNames(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return people.getAll(ids).stream().collect(Collectors.toMap(Person::getId, Person::getFullName));
    }

    private Map<Long, InnovationPhase> phaseMap() {
        Map<Long, InnovationPhase> byId = new LinkedHashMap<>();
        roadmap.phases().forEach(phase -> byId.put(phase.getId(), phase));
        return byId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Owner names by kind. */
    private record OwnerNames(Map<Long, String> groups, Map<Long, String> municipalities, Map<Long, String> persons) {

        String owner(InnovationCase c) {
            CaseOwner owner = c.getOwner();
            return switch (owner.kind()) {
                case LEADER_GROUP -> {
                    String group = groups.get(owner.id());
                    String municipality = municipality(c.getMunicipalityId());
                    yield municipality == null ? group : group + ", " + municipality;
                }
                case MUNICIPALITY -> municipality(owner.id());
                case LEADER -> persons.get(owner.id());
            };
        }

        String municipality(Long id) {
            return id == null ? null : municipalities.get(id);
        }
    }
}
