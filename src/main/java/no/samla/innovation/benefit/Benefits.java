package no.samla.innovation.benefit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samla.innovation.CaseViewer;
import no.samla.innovation.InnovationCase;
import no.samla.innovation.InnovationCases;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.people.SamlaUser;
import no.samla.programme.Enrolments;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benefits realisation of innovation cases: benefits with baseline and target, their measurements over time and how
 * they progress. Whoever sees a case reads its benefits; whoever may change the case (its team, the programme's
 * coordinators, the admin) adds, changes and deletes them and records measurements; a measurement is changed by
 * whoever recorded it or by the programme's coordinators. Access is checked before the input is looked at; the rules
 * for the input are in {@link #problems} and {@link #measurementProblems} so that forms show them next to the fields.
 */
@Service
@Transactional(readOnly = true)
public class Benefits {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final String ROWS = """
            select b.id, c.id, c.title, b.title, b.benefit_type, b.unit, b.baseline_value, b.baseline_date,
                   b.target_value, b.target_date, pe.full_name, b.frequency, lm.measured_on, lm.measured_value
            from innovation_benefit b
            join innovation_case c on c.id = b.case_id
            join person pe on pe.id = b.owner_person_id
            left join lateral (select m.measured_on, m.measured_value from innovation_benefit_measurement m
                               where m.benefit_id = b.id order by m.measured_on desc, m.id desc limit 1) lm on true
            """;

    private static final String OF_PROGRAMME = """
            from innovation_benefit b
            join innovation_case c on c.id = b.case_id
            where c.programme_id = :programme and (cast(:municipality as bigint) is null or c.municipality_id = :municipality)
            """;

    private final BenefitRepository benefits;
    private final MeasurementRepository measurements;
    private final InnovationCases cases;
    private final Enrolments enrolments;
    private final People people;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Benefits(
            BenefitRepository benefits,
            MeasurementRepository measurements,
            InnovationCases cases,
            Enrolments enrolments,
            People people,
            NamedParameterJdbcTemplate jdbc,
            Clock clock) {
        this.benefits = benefits;
        this.measurements = measurements;
        this.cases = cases;
        this.enrolments = enrolments;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The benefits of a case the caller has already been allowed to see (the case page), by title, with their
     * progress; one query whatever their number and measurements.
     */
    public List<BenefitRow> ofCase(InnovationCase innovationCase) {
        LocalDate today = today();
        return jdbc.query(
                ROWS + " where b.case_id = :case order by b.title, b.id",
                new MapSqlParameterSource("case", innovationCase.getId()),
                (rs, row) -> row(rs, today));
    }

    /**
     * The benefits of a programme's cases by case and title, one page, for those who see its board; a municipality
     * admin sees their own municipality's only. Two queries for the list whatever its length.
     */
    public ProgrammeBenefits overview(SamlaUser user, long programmeId, Long municipalityFilter, Pageable pageable) {
        CaseViewer viewer = cases.viewer(user, programmeId);
        Long municipalityId = viewer.municipalityScope() != null ? viewer.municipalityScope() : municipalityFilter;
        MapSqlParameterSource parameters = new MapSqlParameterSource("programme", programmeId)
                .addValue("municipality", municipalityId)
                .addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        Long total = jdbc.queryForObject("select count(*) " + OF_PROGRAMME, parameters, Long.class);
        LocalDate today = today();
        List<BenefitRow> rows = total == null || total == 0
                ? List.of()
                : jdbc.query(
                        ROWS
                                + " where c.programme_id = :programme and (cast(:municipality as bigint) is null"
                                + " or c.municipality_id = :municipality)"
                                + " order by c.title, c.id, b.title, b.id limit :limit offset :offset",
                        parameters,
                        (rs, row) -> row(rs, today));
        return new ProgrammeBenefits(
                viewer,
                enrolments.municipalities(programmeId, viewer.municipalityScope()),
                municipalityId,
                new PageImpl<>(rows, pageable, total == null ? 0 : total));
    }

    private static BenefitRow row(ResultSet rs, LocalDate today) throws SQLException {
        BigDecimal baselineValue = rs.getBigDecimal(7);
        LocalDate baselineDate = rs.getObject(8, LocalDate.class);
        BigDecimal targetValue = rs.getBigDecimal(9);
        LocalDate targetDate = rs.getObject(10, LocalDate.class);
        Frequency frequency = Frequency.valueOf(rs.getString(12));
        LocalDate latestDate = rs.getObject(13, LocalDate.class);
        BigDecimal latestValue = rs.getBigDecimal(14);
        return new BenefitRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                BenefitType.valueOf(rs.getString(5)),
                rs.getString(6),
                baselineValue,
                baselineDate,
                targetValue,
                targetDate,
                rs.getString(11),
                latestDate,
                latestValue,
                Progress.of(
                        baselineValue,
                        baselineDate,
                        targetValue,
                        targetDate,
                        frequency,
                        latestDate,
                        latestValue,
                        today));
    }

    /** A benefit's page for whoever sees its case; "not found" for a benefit of another case. */
    public BenefitPage page(SamlaUser user, long caseId, long benefitId) {
        InnovationCase c = cases.visible(user, caseId);
        CaseViewer viewer = cases.viewer(user, c.getProgrammeId());
        Benefit benefit = find(caseId, benefitId);
        List<Measurement> measured = measurements.findByBenefitIdOrderByMeasuredOnAscIdAsc(benefitId);
        Set<Long> personIds = measured.stream().map(Measurement::getRecordedBy).collect(Collectors.toSet());
        personIds.add(benefit.getOwnerPersonId());
        Map<Long, String> names =
                people.getAll(personIds).stream().collect(Collectors.toMap(Person::getId, Person::getFullName));
        boolean editable = viewer.edits(c);
        Measurement latest = measured.isEmpty() ? null : measured.get(measured.size() - 1);
        return new BenefitPage(
                c,
                viewer.programme(),
                benefit,
                names.get(benefit.getOwnerPersonId()),
                measured.stream()
                        .map(m -> new BenefitPage.MeasurementRow(
                                m,
                                Progress.expected(
                                        benefit.getBaselineValue(),
                                        benefit.getBaselineDate(),
                                        benefit.getTargetValue(),
                                        benefit.getTargetDate(),
                                        m.getMeasuredOn()),
                                names.get(m.getRecordedBy()),
                                editable && (viewer.manager() || m.getRecordedBy() == user.personId())))
                        .toList(),
                progress(benefit, latest),
                BenefitChart.of(benefit, measured),
                editable);
    }

    /** The case, if the user may add to and change its benefits: "not found" or 403 otherwise. */
    public InnovationCase editableCase(SamlaUser user, long caseId) {
        return cases.editable(user, caseId);
    }

    /** A benefit the user may change, or "not found"/403. */
    public Benefit editable(SamlaUser user, long caseId, long benefitId) {
        cases.editable(user, caseId);
        return find(caseId, benefitId);
    }

    /**
     * A measurement the user may change: recorded by them, or they manage the programme; "not found" for those who do
     * not see the case, 403 for the rest.
     */
    public Measurement changeableMeasurement(SamlaUser user, long caseId, long benefitId, long measurementId) {
        InnovationCase c = cases.editable(user, caseId);
        find(caseId, benefitId);
        Measurement measurement = measurements
                .findByIdAndBenefitId(measurementId, benefitId)
                .orElseThrow(() -> new NotFoundException("Measurement", measurementId));
        if (measurement.getRecordedBy() != user.personId()
                && !cases.viewer(user, c.getProgrammeId()).manager()) {
            throw new AccessDeniedException("Only whoever recorded a measurement and the coordinators change it");
        }
        return measurement;
    }

    /**
     * Who may own a benefit of the case: its team and the programme's coordinators and facilitators, and the owner a
     * benefit has ({@code keep}, may be null) should they have left since; by name, one query.
     */
    public List<PersonChoice> ownerChoices(InnovationCase c, Long keep) {
        return jdbc.query(
                """
                select pe.id, pe.full_name from person pe
                where pe.id in (select cm.person_id from innovation_case_member cm where cm.case_id = :case
                                union
                                select pc.person_id from programme_coordinator pc where pc.programme_id = :programme
                                union
                                select pa.person_id from participation pa
                                join participation_role r on r.participation_id = pa.id and r.role = 'FACILITATOR'
                                where pa.programme_id = :programme and pa.left_on is null)
                   or pe.id = :keep
                order by pe.full_name, pe.id
                """,
                new MapSqlParameterSource("case", c.getId())
                        .addValue("programme", c.getProgrammeId())
                        .addValue("keep", keep, java.sql.Types.BIGINT),
                (rs, row) -> new PersonChoice(rs.getLong(1), rs.getString(2)));
    }

    /**
     * What is wrong with a benefit's details, as field and message key: the target date not before the baseline date,
     * a target other than the baseline (or there is no way to go), an owner from the team or the staff (or the owner
     * it has), and for an existing benefit a baseline date not after its first measurement.
     */
    public Map<String, String> problems(InnovationCase c, BenefitData data, Benefit existing) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (data.baselineDate() != null
                && data.targetDate() != null
                && data.targetDate().isBefore(data.baselineDate())) {
            problems.put("targetDate", "benefit.targetDate.beforeBaseline");
        }
        if (data.baselineValue() != null
                && data.targetValue() != null
                && data.baselineValue().compareTo(data.targetValue()) == 0) {
            problems.put("targetValue", "benefit.targetValue.same");
        }
        boolean keepsOwner =
                existing != null && data.ownerPersonId() != null && existing.getOwnerPersonId() == data.ownerPersonId();
        if (data.ownerPersonId() != null
                && !keepsOwner
                && ownerChoices(c, null).stream()
                        .noneMatch(choice -> choice.id() == data.ownerPersonId().longValue())) {
            problems.put("ownerPersonId", "benefit.owner.unknown");
        }
        if (existing != null && data.baselineDate() != null) {
            LocalDate first = measurements.firstMeasuredOn(existing.getId());
            if (first != null && data.baselineDate().isAfter(first)) {
                problems.put("baselineDate", "benefit.baselineDate.afterMeasurements");
            }
        }
        return problems;
    }

    /** What is wrong with a measurement's date: before the benefit's baseline date, or in the future. */
    public Map<String, String> measurementProblems(Benefit benefit, MeasurementData data) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (data.measuredOn() != null) {
            if (data.measuredOn().isBefore(benefit.getBaselineDate())) {
                problems.put("measuredOn", "benefit.measuredOn.beforeBaseline");
            } else if (data.measuredOn().isAfter(today())) {
                problems.put("measuredOn", "benefit.measuredOn.future");
            }
        }
        return problems;
    }

    @Transactional
    public long create(SamlaUser user, long caseId, BenefitData data) {
        InnovationCase c = cases.editable(user, caseId);
        refuse(problems(c, data, null));
        return benefits.save(new Benefit(caseId, data, clock.instant())).getId();
    }

    @Transactional
    public void update(SamlaUser user, long caseId, long benefitId, long formVersion, BenefitData data) {
        InnovationCase c = cases.editable(user, caseId);
        Benefit benefit = find(caseId, benefitId);
        StaleEditException.check(benefit.getVersion(), formVersion);
        refuse(problems(c, data, benefit));
        benefit.describe(data, clock.instant());
    }

    @Transactional
    public void delete(SamlaUser user, long caseId, long benefitId) {
        benefits.delete(editable(user, caseId, benefitId));
    }

    @Transactional
    public long record(SamlaUser user, long caseId, long benefitId, MeasurementData data) {
        Benefit benefit = editable(user, caseId, benefitId);
        refuse(measurementProblems(benefit, data));
        return measurements
                .save(new Measurement(benefitId, data, user.personId(), clock.instant()))
                .getId();
    }

    @Transactional
    public void updateMeasurement(
            SamlaUser user, long caseId, long benefitId, long measurementId, long formVersion, MeasurementData data) {
        Measurement measurement = changeableMeasurement(user, caseId, benefitId, measurementId);
        StaleEditException.check(measurement.getVersion(), formVersion);
        refuse(measurementProblems(find(caseId, benefitId), data));
        measurement.change(data, clock.instant());
    }

    @Transactional
    public void deleteMeasurement(SamlaUser user, long caseId, long benefitId, long measurementId) {
        measurements.delete(changeableMeasurement(user, caseId, benefitId, measurementId));
    }

    /** A benefit of the case by its title, as the demo looks its benefits up to stay idempotent. */
    public Optional<Benefit> findByTitle(long caseId, String title) {
        return benefits.findFirstByCaseIdAndTitleIgnoreCase(caseId, title);
    }

    private Progress progress(Benefit benefit, Measurement latest) {
        return Progress.of(
                benefit.getBaselineValue(),
                benefit.getBaselineDate(),
                benefit.getTargetValue(),
                benefit.getTargetDate(),
                benefit.getFrequency(),
                latest == null ? null : latest.getMeasuredOn(),
                latest == null ? null : latest.getValue(),
                today());
    }

    private Benefit find(long caseId, long benefitId) {
        return benefits.findByIdAndCaseId(benefitId, caseId)
                .orElseThrow(() -> new NotFoundException("Benefit", benefitId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }

    private static void refuse(Map<String, String> problems) {
        problems.entrySet().stream().findFirst().ifPresent(problem -> {
            throw new FieldConflictException(problem.getKey(), problem.getValue());
        });
    }
}
