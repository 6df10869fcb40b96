package no.samla.gathering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.samla.audit.AuditAction;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.audit.Changes;
import no.samla.people.People;
import no.samla.programme.GatheringSchedule;
import no.samla.programme.ProgrammeViewer;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The gathering module's facade, and the programme module's view of the gatherings. */
@Service
@Transactional(readOnly = true)
public class Gatherings implements GatheringSchedule {

    /** Two facilitators at every gathering is the norm; fewer gets a warning. */
    public static final int USUAL_FACILITATORS = 2;

    private final GatheringRepository gatherings;
    private final JdbcClient jdbc;
    private final People people;
    private final Clock clock;
    private final AuditTrail audit;

    Gatherings(GatheringRepository gatherings, JdbcClient jdbc, People people, Clock clock, AuditTrail audit) {
        this.gatherings = gatherings;
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
        this.audit = audit;
    }

    public List<Gathering> of(long programmeId) {
        return gatherings.findByProgramme(programmeId);
    }

    public Gathering get(long programmeId, long id) {
        Gathering gathering = gatherings
                .findById(id)
                .filter(found -> found.getProgrammeId() == programmeId)
                .orElseThrow(() -> new NotFoundException("Gathering", id));
        org.hibernate.Hibernate.initialize(gathering.facilitatorIdsForLoading());
        return gathering;
    }

    /** The warnings of one gathering, for its own page. */
    public List<ScheduleWarning> warningsOf(long programmeId, long gatheringId) {
        return warningsOf(programmeId).stream()
                .filter(warning -> warning.gatheringId() == gatheringId)
                .toList();
    }

    private static String date(Object sqlDate) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(localDate(sqlDate));
    }

    @Override
    public List<ScheduleWarning> warningsOf(long programmeId) {
        List<ScheduleWarning> warnings = new java.util.ArrayList<>();
        for (Gathering gathering : of(programmeId)) {
            int facilitators = gathering.getFacilitatorIds().size();
            if (facilitators < USUAL_FACILITATORS) {
                warnings.add(new ScheduleWarning(
                        gathering.getId(),
                        "gathering.warning.facilitators",
                        List.of(facilitators, USUAL_FACILITATORS)));
            }
        }
        List<Object[]> clashes = gatherings.facilitatorClashes(programmeId);
        java.util.Map<Long, String> names = people
                .getAll(clashes.stream()
                        .map(row -> ((Number) row[1]).longValue())
                        .collect(java.util.stream.Collectors.toSet()))
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        no.samla.people.Person::getId, no.samla.people.Person::getFullName));
        for (Object[] row : clashes) {
            warnings.add(new ScheduleWarning(
                    ((Number) row[0]).longValue(),
                    "gathering.warning.facilitatorBusy",
                    List.of(names.getOrDefault(((Number) row[1]).longValue(), ""), date(row[2]))));
        }
        for (Object[] row : gatherings.venueClashes(programmeId)) {
            warnings.add(new ScheduleWarning(
                    ((Number) row[0]).longValue(), "gathering.warning.venueBusy", List.of(date(row[1]))));
        }
        for (Long id : gatherings.outsidePeriod(programmeId)) {
            warnings.add(new ScheduleWarning(id, "gathering.warning.outsidePeriod", List.of()));
        }
        return warnings;
    }

    /**
     * The warnings about upcoming gatherings (from {@code from} on) in every programme this viewer plans: all
     * programmes for the admin, the ones they coordinate for a coordinator, none for anyone else.
     */
    public Page<ScheduleConflict> conflicts(ProgrammeViewer viewer, LocalDate from, Pageable pageable) {
        boolean all = viewer.seesAll();
        Long coordinator = viewer.coordinatorPersonId();
        if (!all && coordinator == null) {
            return Page.empty(pageable);
        }
        List<ScheduleConflict> rows = gatherings
                .conflicts(from, all, coordinator, USUAL_FACILITATORS, pageable.getPageSize(), pageable.getOffset())
                .stream()
                .map(Gatherings::conflict)
                .toList();
        return PageableExecutionUtils.getPage(
                rows, pageable, () -> gatherings.countConflicts(from, all, coordinator, USUAL_FACILITATORS));
    }

    /** How many things to check from the day on that the viewer sees; one statement. */
    public long conflictCount(ProgrammeViewer viewer, LocalDate from) {
        boolean all = viewer.seesAll();
        Long coordinator = viewer.coordinatorPersonId();
        if (!all && coordinator == null) {
            return 0;
        }
        return gatherings.countConflicts(from, all, coordinator, USUAL_FACILITATORS);
    }

    private static ScheduleConflict conflict(Object[] row) {
        return new ScheduleConflict(
                ScheduleConflict.Kind.valueOf((String) row[0]),
                ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(),
                (String) row[3],
                ((Number) row[4]).intValue(),
                (String) row[5],
                localDate(row[6]),
                (String) row[7],
                row[8] == null ? null : localDate(row[8]),
                (String) row[9],
                ((Number) row[10]).intValue());
    }

    private static LocalDate localDate(Object sqlDate) {
        return sqlDate instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) sqlDate;
    }

    public int nextNumber(long programmeId) {
        return gatherings.highestNumber(programmeId) + 1;
    }

    @Transactional
    public Gathering create(long programmeId, GatheringData data) {
        if (gatherings.numberTaken(programmeId, data.number(), null)) {
            throw new FieldConflictException("number", "gathering.number.taken");
        }
        Gathering gathering = gatherings.save(new Gathering(programmeId, data, clock.instant()));
        audit.record(
                AuditAction.GATHERING_CREATED, AuditSubject.GATHERING, gathering.getId(), inProgramme(programmeId));
        return gathering;
    }

    /** A change to what belongs to a gathering (its agenda, its material), said by kind and id, for the audit log. */
    void recordChange(long programmeId, long gatheringId, String what) {
        audit.record(
                AuditAction.GATHERING_CHANGED,
                AuditSubject.GATHERING,
                gatheringId,
                inProgramme(programmeId) + "; " + what);
    }

    private static String inProgramme(long programmeId) {
        return "programme " + programmeId;
    }

    @Transactional
    public Gathering update(long programmeId, long id, long formVersion, GatheringData data) {
        Gathering gathering = get(programmeId, id);
        StaleEditException.check(gathering.getVersion(), formVersion);
        if (gatherings.numberTaken(programmeId, data.number(), id)) {
            throw new FieldConflictException("number", "gathering.number.taken");
        }
        GatheringData before = gathering.data();
        gathering.update(data, clock.instant());
        audit.record(
                AuditAction.GATHERING_CHANGED,
                AuditSubject.GATHERING,
                id,
                inProgramme(programmeId) + "; " + Changes.between(before, gathering.data()));
        return gathering;
    }

    /**
     * Deletes the gathering. Unless it ended more than {@link GatheringCalendar#KEEP_CANCELLED} ago, it is
     * kept as a cancellation with a higher SEQUENCE, so that calendars subscribed to the feeds of those who
     * took part remove it.
     */
    @Transactional
    public void delete(long programmeId, long id) {
        Gathering gathering = get(programmeId, id);
        LocalDateTime keepFrom = LocalDateTime.now(clock).minus(GatheringCalendar.KEEP_CANCELLED);
        gatherings.pruneCancellations(GatheringCalendar.sqlTimestamp(keepFrom));
        if (gathering.getEndsAt().isAfter(keepFrom)) {
            gatherings.recordCancellation(
                    id,
                    programmeId,
                    gathering.getNumber(),
                    gathering.getTitle(),
                    GatheringCalendar.sqlTimestamp(gathering.getStartsAt()),
                    GatheringCalendar.sqlTimestamp(gathering.getEndsAt()),
                    gathering.getCalendarSequence() + 1,
                    gathering.getFacilitatorIds().stream()
                            .map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(",", "{", "}")),
                    clock.instant());
        }
        gatherings.delete(gathering);
        audit.record(AuditAction.GATHERING_DELETED, AuditSubject.GATHERING, id, inProgramme(programmeId));
    }

    @Override
    public List<ScheduledGathering> gatheringsOf(long programmeId) {
        return of(programmeId).stream()
                .map(g -> new ScheduledGathering(
                        g.getId(),
                        g.getNumber(),
                        g.getTitle(),
                        g.getTheme(),
                        g.getFormat().name(),
                        g.getStartDate(),
                        g.getEndDate(),
                        g.getFormat().adviserDays(),
                        g.getStartTime(),
                        g.getEndTime(),
                        g.getVenue().name(),
                        g.getVideoLink()))
                .toList();
    }

    @Override
    public Deferred<java.util.Map<Long, LocalDate>> nextDatesOfParticipant(
            long personId, LocalDate from, ReadBatch reads) {
        return reads.query(
                        """
                        select g.programme_id, min(g.start_date) from gathering g
                        where g.start_date >= :from and g.programme_id in (
                            select pa.programme_id from participation pa
                            join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
                            where pa.person_id = :person and pa.left_on is null)
                        group by g.programme_id
                        """,
                        java.util.Map.of("person", personId, "from", from),
                        (rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .map(rows -> java.util.Map.ofEntries(rows.toArray(java.util.Map.Entry[]::new)));
    }

    @Override
    public java.util.Map<Long, Long> countsOf(java.util.Collection<Long> programmeIds) {
        if (programmeIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.sql(
                        "select programme_id, count(*) from gathering where programme_id in (:programmes) group by programme_id")
                .param("programmes", programmeIds)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    @Override
    @Transactional
    public void copy(long fromProgrammeId, long toProgrammeId, LocalDate firstDate, int weeksBetween) {
        List<Gathering> source = of(fromProgrammeId);
        for (int i = 0; i < source.size(); i++) {
            gatherings.save(new Gathering(
                    toProgrammeId,
                    source.get(i).data().on(firstDate.plusWeeks((long) weeksBetween * i)),
                    clock.instant()));
        }
    }
}
