package no.samla.innovation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samla.people.SamlaUser;
import no.samla.programme.Enrolments;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home visits as a programme's coordinators schedule them (one per enrolled municipality), write notes on after the
 * visit, and delete them; and as those who come read them. The web layer checks access to the programme first; the
 * rules for the input are in {@link #problems} so that the form shows them next to the fields.
 */
@Service
@Transactional(readOnly = true)
public class HomeVisits {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final String ENROLLED = """
            from programme_municipality pm
            join municipality m on m.id = pm.municipality_id
            left join home_visit hv on hv.programme_id = pm.programme_id and hv.municipality_id = pm.municipality_id
                 and hv.status = 'SCHEDULED'
            where pm.programme_id = :programme and (cast(:only as bigint) is null or pm.municipality_id = :only)
            """;

    private final HomeVisitRepository visits;
    private final NamedParameterJdbcTemplate jdbc;
    private final Enrolments enrolments;
    private final ProgrammeAccess access;
    private final Clock clock;

    HomeVisits(
            HomeVisitRepository visits,
            NamedParameterJdbcTemplate jdbc,
            Enrolments enrolments,
            ProgrammeAccess access,
            Clock clock) {
        this.visits = visits;
        this.jdbc = jdbc;
        this.enrolments = enrolments;
        this.access = access;
        this.clock = clock;
    }

    /** The enrolled municipalities by name with their visit, if any; in two queries whatever the number. */
    public Page<HomeVisitRow> list(long programmeId, Long onlyMunicipalityId, Pageable pageable) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("programme", programmeId)
                .addValue("only", onlyMunicipalityId)
                .addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        Long total = jdbc.queryForObject("select count(*) " + ENROLLED, parameters, Long.class);
        List<HomeVisitRow> rows = jdbc.query(
                "select m.id, m.name, hv.id, hv.visit_date, hv.start_time, hv.end_time, hv.place,"
                        + " (select count(*) from home_visit_participant hp where hp.home_visit_id = hv.id),"
                        + " hv.notes is not null "
                        + ENROLLED
                        + " order by m.name, m.id limit :limit offset :offset",
                parameters,
                HomeVisits::row);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    private static HomeVisitRow row(ResultSet rs, int row) throws SQLException {
        return new HomeVisitRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getObject(3, Long.class),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalTime.class),
                rs.getObject(6, LocalTime.class),
                rs.getString(7),
                rs.getLong(8),
                rs.getBoolean(9));
    }

    /**
     * Who may come on a visit: the programme's coordinators and facilitators first, then the current participants of
     * the enrolled municipalities, by name; one query.
     */
    public List<HomeVisitPerson> choices(long programmeId) {
        return jdbc.query(
                """
                select pe.id, pe.full_name, null::bigint as municipality_id from person pe
                where pe.id in (select pc.person_id from programme_coordinator pc where pc.programme_id = :programme
                                union
                                select pa.person_id from participation pa
                                join participation_role r on r.participation_id = pa.id and r.role = 'FACILITATOR'
                                where pa.programme_id = :programme and pa.left_on is null)
                union
                select pe.id, pe.full_name, pe.municipality_id from participation pa
                join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
                join person pe on pe.id = pa.person_id
                join programme_municipality pm on pm.programme_id = pa.programme_id
                     and pm.municipality_id = pe.municipality_id
                where pa.programme_id = :programme and pa.left_on is null
                order by 3 nulls first, 2, 1
                """,
                new MapSqlParameterSource("programme", programmeId),
                (rs, row) -> new HomeVisitPerson(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)));
    }

    /**
     * The visit a person comes to in a programme, for their programme page: the next one not yet over, else the latest;
     * one query.
     */
    public Deferred<Optional<HomeVisitRow>> ofComer(long personId, long programmeId, ReadBatch reads) {
        return reads.query(
                        """
                        select m.id, m.name, hv.id, hv.visit_date, hv.start_time, hv.end_time, hv.place,
                               (select count(*) from home_visit_participant c where c.home_visit_id = hv.id),
                               hv.notes is not null
                        from home_visit hv
                        join home_visit_participant hp on hp.home_visit_id = hv.id and hp.person_id = :person
                        join municipality m on m.id = hv.municipality_id
                        where hv.programme_id = :programme and hv.status = 'SCHEDULED'
                        order by hv.visit_date < :today, case when hv.visit_date >= :today then hv.visit_date end,
                                 hv.visit_date desc, hv.id
                        limit 1
                        """,
                        new MapSqlParameterSource("person", personId)
                                .addValue("programme", programmeId)
                                .addValue("today", LocalDate.now(clock.withZone(OSLO))),
                        HomeVisits::row)
                .map(rows -> rows.stream().findFirst());
    }

    /** Those who come on a visit, by name; one query. */
    public List<String> comers(long visitId) {
        return jdbc.queryForList(
                "select pe.full_name from home_visit_participant hp join person pe on pe.id = hp.person_id"
                        + " where hp.home_visit_id = :visit order by pe.full_name, pe.id",
                new MapSqlParameterSource("visit", visitId),
                String.class);
    }

    public String municipalityName(long municipalityId) {
        return jdbc.queryForObject(
                "select name from municipality where id = :id",
                new MapSqlParameterSource("id", municipalityId),
                String.class);
    }

    /** A scheduled visit of the programme, or a 404. */
    public HomeVisit get(long programmeId, long id) {
        return visits.findByIdAndProgrammeIdAndStatus(id, programmeId, HomeVisitStatus.SCHEDULED)
                .orElseThrow(() -> new NotFoundException("HomeVisit", id));
    }

    /**
     * A visit for its read page: for those who come, the programme's managers, and the admin of the visited
     * municipality when they may see the programme; everyone else is told it does not exist.
     */
    public HomeVisit readable(SamlaUser user, long id) {
        HomeVisit visit = visits.findByIdAndStatus(id, HomeVisitStatus.SCHEDULED)
                .orElseThrow(() -> new NotFoundException("HomeVisit", id));
        if (visit.getPersonIds().contains(user.personId())) {
            return visit;
        }
        if (access.canView(user, visit.getProgrammeId())) {
            Programme programme = access.view(user, visit.getProgrammeId());
            Long scope = access.municipalityScope(user, programme);
            if (scope == null || scope == visit.getMunicipalityId()) {
                return visit;
            }
        }
        throw new NotFoundException("HomeVisit", id);
    }

    /** Whether the visit has begun, so that notes from it may be written. */
    public boolean held(HomeVisit visit) {
        return !LocalDateTime.of(visit.getDate(), visit.getStartTime())
                .isAfter(LocalDateTime.now(clock.withZone(OSLO)));
    }

    /**
     * What is wrong with a visit's details, as field and message key: the municipality must be enrolled and not yet
     * visited, the date within the programme's period and not in the past (for an existing visit only when the date
     * changes), the end after the start, and those who come chosen among the programme's staff and the
     * municipality's own participants.
     */
    public Map<String, String> problems(
            Programme programme, Long municipalityId, HomeVisitData data, HomeVisit existing) {
        Map<String, String> problems = new LinkedHashMap<>();
        long programmeId = programme.getId();
        if (municipalityId != null && existing == null) {
            if (!enrolments.isEnrolled(programmeId, municipalityId)) {
                problems.put("municipalityId", "homevisit.municipality.notEnrolled");
            } else if (visits.existsByProgrammeIdAndMunicipalityIdAndStatus(
                    programmeId, municipalityId, HomeVisitStatus.SCHEDULED)) {
                problems.put("municipalityId", "homevisit.municipality.taken");
            }
        }
        LocalDate date = data.date();
        if (date != null) {
            if (date.isBefore(programme.getStartDate())
                    || (programme.getEndDate() != null && date.isAfter(programme.getEndDate()))) {
                problems.put("date", "homevisit.date.outsideProgramme");
            } else if ((existing == null || !date.equals(existing.getDate()))
                    && date.isBefore(LocalDate.now(clock.withZone(OSLO)))) {
                problems.put("date", "homevisit.date.past");
            }
        }
        if (data.startTime() != null
                && data.endTime() != null
                && !data.endTime().isAfter(data.startTime())) {
            problems.put("endTime", "homevisit.endTime.beforeStart");
        }
        Long visited = existing != null ? Long.valueOf(existing.getMunicipalityId()) : municipalityId;
        if (!data.personIds().isEmpty()) {
            Set<Long> allowed = choices(programmeId).stream()
                    .filter(person -> person.staff() || Objects.equals(person.municipalityId(), visited))
                    .map(HomeVisitPerson::personId)
                    .collect(Collectors.toSet());
            if (!allowed.containsAll(data.personIds())) {
                problems.put("personIds", "homevisit.personIds.notAllowed");
            }
        }
        return problems;
    }

    @Transactional
    public long schedule(Programme programme, long municipalityId, HomeVisitData data, long createdByPersonId) {
        if (visits.existsByProgrammeIdAndMunicipalityIdAndStatus(
                programme.getId(), municipalityId, HomeVisitStatus.SCHEDULED)) {
            throw new FieldConflictException("municipalityId", "homevisit.municipality.taken");
        }
        try {
            return visits.saveAndFlush(
                            new HomeVisit(programme.getId(), municipalityId, data, createdByPersonId, clock.instant()))
                    .getId();
        } catch (DataIntegrityViolationException raced) {
            // Another coordinator scheduled the same municipality a moment ago.
            throw new FieldConflictException("municipalityId", "homevisit.municipality.taken");
        }
    }

    @Transactional
    public void update(long programmeId, long id, long version, HomeVisitData data) {
        HomeVisit visit = get(programmeId, id);
        StaleEditException.check(visit.getVersion(), version);
        visit.change(data, clock.instant());
    }

    /** Notes from the visit, once it has begun; a refusal before that (the form does not offer it). */
    @Transactional
    public void writeNotes(long programmeId, long id, long version, String notes) {
        HomeVisit visit = get(programmeId, id);
        if (!held(visit)) {
            throw new FieldConflictException("notes", "homevisit.notes.notYet");
        }
        StaleEditException.check(visit.getVersion(), version);
        visit.writeNotes(notes, clock.instant());
    }

    /** Deletes the visit; it stays as cancelled so that calendars remove it, and the municipality may be visited anew. */
    @Transactional
    public void delete(long programmeId, long id) {
        get(programmeId, id).cancel(clock.instant());
    }
}
