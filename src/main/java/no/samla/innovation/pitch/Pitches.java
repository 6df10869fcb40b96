package no.samla.innovation.pitch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samla.innovation.CaseViewer;
import no.samla.innovation.InnovationCases;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.people.SamlaUser;
import no.samla.programme.GatheringSchedule;
import no.samla.programme.GatheringSchedule.ScheduledGathering;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pitch events as a programme's coordinators set them up (gathering, order and time of cases, criteria, panel) and
 * publish their results, and as the panel scores the cases. Who sees what is decided here: a pitch does not exist for
 * those who neither see the programme's cases nor sit on its panel; the rest get a 403 for what is not theirs to do.
 * Plain SQL rather than entities: every page reads a fixed handful of queries whatever the number of cases, panel
 * members and scores.
 */
@Service
@Transactional(readOnly = true)
public class Pitches {

    /** The scale every criterion is scored on. */
    public static final int LOWEST = 1;

    public static final int HIGHEST = 5;

    static final int DEFAULT_CRITERIA = 4;

    private static final int SCALE = 10;

    private final NamedParameterJdbcTemplate jdbc;
    private final InnovationCases cases;
    private final GatheringSchedule gatherings;
    private final People people;
    private final ProgrammeAccess access;
    private final MessageSource messages;
    private final Clock clock;

    Pitches(
            NamedParameterJdbcTemplate jdbc,
            InnovationCases cases,
            GatheringSchedule gatherings,
            People people,
            ProgrammeAccess access,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.gatherings = gatherings;
        this.people = people;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- access -------------------------------------------------------------------------------------------------

    /** The programme's pitches, newest first, for those who see its cases; "not found" for anyone else. */
    public Page<Pitch> list(SamlaUser user, long programmeId, Pageable pageable) {
        viewerOf(user, programmeId);
        MapSqlParameterSource parameters = new MapSqlParameterSource("programme", programmeId)
                .addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        Long total = jdbc.queryForObject(
                "select count(*) from pitch where programme_id = :programme", parameters, Long.class);
        List<Pitch> rows = jdbc.query(
                "select * from pitch where programme_id = :programme order by created_at desc, id desc"
                        + " limit :limit offset :offset",
                parameters,
                Pitches::pitch);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** The programme as its pitches' viewer sees it: "not found" for outsiders and for templates. */
    public CaseViewer viewerOf(SamlaUser user, long programmeId) {
        CaseViewer viewer = cases.viewer(user, programmeId);
        if (viewer.programme().isTemplate()) {
            throw new NotFoundException("Programme", programmeId);
        }
        return viewer;
    }

    /** The programme if the user manages its pitches: 404 for outsiders, 403 for those who only read. */
    public Programme managed(SamlaUser user, long programmeId) {
        CaseViewer viewer = viewerOf(user, programmeId);
        if (!viewer.manager()) {
            throw new AccessDeniedException("Only the programme's coordinators manage its pitches");
        }
        return viewer.programme();
    }

    /** The pitches a person sits on the panel of, newest first (a panel member may be outside the programme). */
    public List<PanelPitch> onPanel(long personId) {
        return jdbc.query(
                "select p.id, p.title, pr.name from pitch p join pitch_panel_member pm on pm.pitch_id = p.id"
                        + " join programme pr on pr.id = p.programme_id where pm.person_id = :person"
                        + " order by p.created_at desc, p.id desc limit 100",
                Map.of("person", personId),
                (rs, row) -> new PanelPitch(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** A pitch on a person's panel list. */
    public record PanelPitch(long id, String title, String programmeName) {}

    /** The pitch and how the user meets it, or "not found" when they neither see the programme nor sit on the panel. */
    public PitchRole role(SamlaUser user, Pitch pitch) {
        boolean panel = Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from pitch_panel_member where pitch_id = :pitch and person_id = :person)",
                Map.of("pitch", pitch.id(), "person", user.personId()),
                Boolean.class));
        // Ask first rather than catch the viewer's "not found": an exception through the transactional facade would
        // mark the surrounding transaction for rollback.
        CaseViewer viewer = access.canView(user, pitch.programmeId()) || access.takesPart(user, pitch.programmeId())
                ? cases.viewer(user, pitch.programmeId())
                : null;
        if (viewer == null && !panel) {
            throw new NotFoundException("Pitch", pitch.id());
        }
        return new PitchRole(user.personId(), viewer != null && viewer.manager(), panel, viewer != null);
    }

    /** The pitch if the user may see it: "not found" otherwise. */
    public Pitch visible(SamlaUser user, long pitchId) {
        Pitch pitch = find(pitchId);
        role(user, pitch);
        return pitch;
    }

    /** The pitch if the user manages it: "not found" for those who may not see it, 403 for the rest. */
    public Pitch managedPitch(SamlaUser user, long pitchId) {
        Pitch pitch = find(pitchId);
        if (!role(user, pitch).manager()) {
            throw new AccessDeniedException("Only the programme's coordinators manage its pitches");
        }
        return pitch;
    }

    private Pitch find(long pitchId) {
        return jdbc.query("select * from pitch where id = :id", Map.of("id", pitchId), Pitches::pitch).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Pitch", pitchId));
    }

    private static Pitch pitch(ResultSet rs, int row) throws SQLException {
        return new Pitch(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                rs.getObject("gathering_id", Long.class),
                rs.getString("title"),
                rs.getInt("minutes_per_case"),
                rs.getBoolean("published"),
                rs.getLong("version"));
    }

    // ---- the page -----------------------------------------------------------------------------------------------

    /** The pitch page as the user may see it; a fixed number of queries. */
    public PitchPage page(SamlaUser user, long pitchId) {
        Pitch pitch = find(pitchId);
        PitchRole role = role(user, pitch);
        Optional<ScheduledGathering> gathering = gathering(pitch);
        List<PitchSlot> slots = slots(pitch, gathering.orElse(null));
        List<Criterion> criteria = criteria(pitchId);
        List<PanelMember> panel = panel(pitchId);
        Set<Long> scoredByMe = new HashSet<>(jdbc.queryForList(
                "select case_id from pitch_score where pitch_id = :pitch and person_id = :person",
                Map.of("pitch", pitchId, "person", user.personId()),
                Long.class));
        Long myMunicipality = role.panel()
                ? panel.stream()
                        .filter(member -> member.personId() == user.personId())
                        .findFirst()
                        .map(PanelMember::municipalityId)
                        .orElse(null)
                : null;
        Set<Long> own = slots.stream()
                .filter(slot -> myMunicipality != null && myMunicipality.equals(slot.municipalityId()))
                .map(PitchSlot::caseId)
                .collect(Collectors.toSet());
        return new PitchPage(
                pitch,
                role,
                programmeName(pitch.programmeId()),
                gathering.map(ScheduledGathering::title).orElse(null),
                gathering.map(Pitches::startsAt).orElse(null),
                slots,
                criteria,
                panel,
                scoringStarted(pitchId),
                scoredByMe,
                own,
                role.readsResults(pitch) ? results(pitch, role, slots, criteria, panel.size()) : null);
    }

    /** The live results for the programme's coordinators: 404 for outsiders, 403 for everyone else. */
    public PitchResults liveResults(SamlaUser user, long pitchId) {
        Pitch pitch = managedPitch(user, pitchId);
        List<PitchSlot> slots = slots(pitch, gathering(pitch).orElse(null));
        return results(
                pitch,
                role(user, pitch),
                slots,
                criteria(pitchId),
                panel(pitchId).size());
    }

    /** The gatherings of the programme a pitch may belong to. */
    public List<ScheduledGathering> gatheringChoices(long programmeId) {
        return gatherings.gatheringsOf(programmeId);
    }

    /** The programme's cases not yet in the pitch, by title, as choices to add. */
    public List<CaseChoice> caseChoices(Pitch pitch) {
        return jdbc.query(
                "select ic.id, ic.title, m.name from innovation_case ic left join municipality m on m.id = ic.municipality_id"
                        + " where ic.programme_id = :programme and not exists (select 1 from pitch_case pc"
                        + " where pc.pitch_id = :pitch and pc.case_id = ic.id) order by lower(ic.title), ic.id limit 500",
                Map.of("programme", pitch.programmeId(), "pitch", pitch.id()),
                (rs, row) -> new CaseChoice(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** A case that may be added to a pitch. */
    public record CaseChoice(long id, String title, String municipalityName) {}

    private Optional<ScheduledGathering> gathering(Pitch pitch) {
        if (pitch.gatheringId() == null) {
            return Optional.empty();
        }
        return gatherings.gatheringsOf(pitch.programmeId()).stream()
                .filter(g -> g.id() == pitch.gatheringId())
                .findFirst();
    }

    private static LocalDateTime startsAt(ScheduledGathering gathering) {
        return gathering.startDate() == null || gathering.startTime() == null
                ? null
                : gathering.startDate().atTime(gathering.startTime());
    }

    private String programmeName(long programmeId) {
        return jdbc.queryForObject(
                "select name from programme where id = :id", Map.of("id", programmeId), String.class);
    }

    private List<PitchSlot> slots(Pitch pitch, ScheduledGathering gathering) {
        LocalDateTime[] next = {gathering == null ? null : startsAt(gathering)};
        int[] number = {0};
        return jdbc.query(
                "select pc.case_id, ic.title, ic.municipality_id, m.name, pc.minutes from pitch_case pc"
                        + " join innovation_case ic on ic.id = pc.case_id"
                        + " left join municipality m on m.id = ic.municipality_id"
                        + " where pc.pitch_id = :pitch order by pc.position, pc.case_id",
                Map.of("pitch", pitch.id()),
                (rs, row) -> {
                    Integer own = rs.getObject(5, Integer.class);
                    int minutes = own == null ? pitch.minutesPerCase() : own;
                    LocalDateTime starts = next[0];
                    next[0] = starts == null ? null : starts.plusMinutes(minutes);
                    return new PitchSlot(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getObject(3, Long.class),
                            rs.getString(4),
                            ++number[0],
                            own,
                            minutes,
                            starts);
                });
    }

    public List<Criterion> criteria(long pitchId) {
        return jdbc.query(
                "select id, name, position from pitch_criterion where pitch_id = :pitch order by position, id",
                Map.of("pitch", pitchId),
                (rs, row) -> new Criterion(rs.getLong(1), rs.getString(2), rs.getInt(3)));
    }

    private List<PanelMember> panel(long pitchId) {
        return jdbc.query(
                "select pe.id, pe.full_name, pe.email, pe.municipality_id, m.name from pitch_panel_member pm"
                        + " join person pe on pe.id = pm.person_id left join municipality m on m.id = pe.municipality_id"
                        + " where pm.pitch_id = :pitch order by pe.full_name, pe.id",
                Map.of("pitch", pitchId),
                (rs, row) -> new PanelMember(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class), rs.getString(5)));
    }

    private boolean scoringStarted(long pitchId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from pitch_score where pitch_id = :pitch)",
                Map.of("pitch", pitchId),
                Boolean.class));
    }

    /**
     * Means per criterion and their sum per case, ranked. Comments go to the coordinators, and once the results are
     * published to the case's own team; other readers see the numbers only.
     */
    private PitchResults results(
            Pitch pitch, PitchRole role, List<PitchSlot> slots, List<Criterion> criteria, int panelSize) {
        Map<String, Object> parameters = Map.of("pitch", pitch.id());
        Map<Long, Map<Long, BigDecimal>> means = new HashMap<>();
        jdbc.query(
                "select ps.case_id, v.criterion_id, sum(v.value), count(*) from pitch_score ps"
                        + " join pitch_score_value v on v.score_id = ps.id where ps.pitch_id = :pitch"
                        + " group by ps.case_id, v.criterion_id",
                parameters,
                rs -> {
                    means.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .put(
                                    rs.getLong(2),
                                    BigDecimal.valueOf(rs.getLong(3))
                                            .divide(BigDecimal.valueOf(rs.getLong(4)), SCALE, RoundingMode.HALF_EVEN));
                });
        Map<Long, Integer> scorers = new HashMap<>();
        jdbc.query(
                "select case_id, count(*) from pitch_score where pitch_id = :pitch group by case_id",
                parameters,
                rs -> {
                    scorers.put(rs.getLong(1), rs.getInt(2));
                });
        Set<Long> myTeamCases = new HashSet<>(jdbc.queryForList(
                "select case_id from innovation_case_member where person_id = :person"
                        + " and case_id in (select case_id from pitch_case where pitch_id = :pitch)",
                Map.of("pitch", pitch.id(), "person", role.personId()),
                Long.class));
        Map<Long, List<PitchResults.Comment>> comments = new HashMap<>();
        jdbc.query(
                "select ps.case_id, pe.full_name, ps.comment from pitch_score ps join person pe on pe.id = ps.person_id"
                        + " where ps.pitch_id = :pitch and ps.comment is not null order by ps.updated_at, ps.id",
                parameters,
                rs -> {
                    comments.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new PitchResults.Comment(rs.getString(2), rs.getString(3)));
                });
        List<PitchResults.CaseResult> results = new ArrayList<>();
        for (PitchSlot slot : slots) {
            Map<Long, BigDecimal> ofCase = means.getOrDefault(slot.caseId(), Map.of());
            List<BigDecimal> perCriterion =
                    criteria.stream().map(c -> ofCase.get(c.id())).toList();
            BigDecimal total = ofCase.isEmpty()
                    ? null
                    : perCriterion.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean seesComments = role.manager() || myTeamCases.contains(slot.caseId());
            results.add(new PitchResults.CaseResult(
                    slot,
                    perCriterion,
                    total,
                    scorers.getOrDefault(slot.caseId(), 0),
                    seesComments ? comments.getOrDefault(slot.caseId(), List.of()) : List.of()));
        }
        return new PitchResults(criteria, Ranking.of(results, PitchResults.CaseResult::total), panelSize);
    }

    // ---- managing -----------------------------------------------------------------------------------------------

    /** What is wrong with the pitch's settings, by field: a gathering of another programme. */
    public Map<String, String> problems(long programmeId, PitchData data) {
        if (data.gatheringId() != null
                && gatherings.gatheringsOf(programmeId).stream().noneMatch(g -> g.id() == data.gatheringId())) {
            return Map.of("gatheringId", "pitch.gathering.unknown");
        }
        return Map.of();
    }

    /** A new pitch with the four default criteria, named in the creator's language. */
    @Transactional
    public long create(long programmeId, PitchData data, Locale locale) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                "insert into pitch (programme_id, gathering_id, title, minutes_per_case, created_at)"
                        + " values (:programme, :gathering, :title, :minutes, :now)",
                new MapSqlParameterSource("programme", programmeId)
                        .addValue("gathering", data.gatheringId())
                        .addValue("title", data.title().strip())
                        .addValue("minutes", data.minutesPerCase())
                        .addValue("now", java.sql.Timestamp.from(clock.instant())),
                key,
                new String[] {"id"});
        long id = key.getKey().longValue();
        for (int number = 1; number <= DEFAULT_CRITERIA; number++) {
            insertCriterion(id, messages.getMessage("pitch.criterion.default." + number, null, locale), number);
        }
        return id;
    }

    @Transactional
    public void update(long pitchId, long formVersion, PitchData data) {
        Pitch pitch = find(pitchId);
        if (pitch.version() != formVersion) {
            throw new StaleEditException(pitch.version());
        }
        jdbc.update(
                "update pitch set title = :title, gathering_id = :gathering, minutes_per_case = :minutes,"
                        + " version = version + 1 where id = :id",
                new MapSqlParameterSource("id", pitchId)
                        .addValue("title", data.title().strip())
                        .addValue("gathering", data.gatheringId())
                        .addValue("minutes", data.minutesPerCase()));
    }

    @Transactional
    public void delete(long pitchId) {
        jdbc.update("delete from pitch where id = :id", Map.of("id", pitchId));
    }

    /** Adds a case of the programme last in the order; a message key when it cannot be added, else empty. */
    @Transactional
    public Optional<String> addCase(Pitch pitch, long caseId) {
        Boolean ofProgramme = jdbc.queryForObject(
                "select exists (select 1 from innovation_case where id = :case and programme_id = :programme)",
                Map.of("case", caseId, "programme", pitch.programmeId()),
                Boolean.class);
        if (!Boolean.TRUE.equals(ofProgramme)) {
            return Optional.of("pitch.case.unknown");
        }
        int added = jdbc.update(
                "insert into pitch_case (pitch_id, case_id, position) select :pitch, :case,"
                        + " coalesce(max(position), 0) + 1 from pitch_case where pitch_id = :pitch"
                        + " on conflict do nothing",
                Map.of("pitch", pitch.id(), "case", caseId));
        return added == 0 ? Optional.of("pitch.case.already") : Optional.empty();
    }

    /** Moves a case one place earlier ({@code up}) or later in the order; nothing at either end. */
    @Transactional
    public void moveCase(long pitchId, long caseId, boolean up) {
        List<Long> order = jdbc.queryForList(
                "select case_id from pitch_case where pitch_id = :pitch order by position, case_id",
                Map.of("pitch", pitchId),
                Long.class);
        List<Long> moved = moved(order, caseId, up);
        for (int index = 0; index < moved.size(); index++) {
            jdbc.update(
                    "update pitch_case set position = :position where pitch_id = :pitch and case_id = :case",
                    Map.of("position", index + 1, "pitch", pitchId, "case", moved.get(index)));
        }
    }

    private static List<Long> moved(List<Long> order, long id, boolean up) {
        int index = order.indexOf(id);
        if (index < 0) {
            throw new NotFoundException("PitchCase", id);
        }
        List<Long> result = new ArrayList<>(order);
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < result.size()) {
            result.set(index, order.get(other));
            result.set(other, id);
        }
        return result;
    }

    /** Sets the case's own minutes, or back to the pitch's default with null. */
    @Transactional
    public void caseMinutes(long pitchId, long caseId, Integer minutes) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("pitch", pitchId)
                .addValue("case", caseId)
                .addValue("minutes", minutes);
        if (jdbc.update(
                        "update pitch_case set minutes = :minutes where pitch_id = :pitch and case_id = :case",
                        parameters)
                == 0) {
            throw new NotFoundException("PitchCase", caseId);
        }
    }

    /** Takes a case out of the pitch; refused (a message key) once someone has scored it. */
    @Transactional
    public Optional<String> removeCase(long pitchId, long caseId) {
        Map<String, Long> parameters = Map.of("pitch", pitchId, "case", caseId);
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from pitch_score where pitch_id = :pitch and case_id = :case)",
                parameters,
                Boolean.class))) {
            return Optional.of("pitch.case.scored");
        }
        if (jdbc.update("delete from pitch_case where pitch_id = :pitch and case_id = :case", parameters) == 0) {
            throw new NotFoundException("PitchCase", caseId);
        }
        return Optional.empty();
    }

    /** Adds a criterion last; refused (a message key) once scoring has started. */
    @Transactional
    public Optional<String> addCriterion(long pitchId, String name) {
        if (scoringStarted(pitchId)) {
            return Optional.of("pitch.criteria.locked");
        }
        Integer last = jdbc.queryForObject(
                "select coalesce(max(position), 0) from pitch_criterion where pitch_id = :pitch",
                Map.of("pitch", pitchId),
                Integer.class);
        insertCriterion(pitchId, name.strip(), last + 1);
        return Optional.empty();
    }

    private void insertCriterion(long pitchId, String name, int position) {
        jdbc.update(
                "insert into pitch_criterion (pitch_id, name, position) values (:pitch, :name, :position)",
                new MapSqlParameterSource("pitch", pitchId)
                        .addValue("name", name)
                        .addValue("position", position));
    }

    @Transactional
    public Optional<String> renameCriterion(long pitchId, long criterionId, String name) {
        if (scoringStarted(pitchId)) {
            return Optional.of("pitch.criteria.locked");
        }
        if (jdbc.update(
                        "update pitch_criterion set name = :name where id = :id and pitch_id = :pitch",
                        new MapSqlParameterSource("pitch", pitchId)
                                .addValue("id", criterionId)
                                .addValue("name", name.strip()))
                == 0) {
            throw new NotFoundException("PitchCriterion", criterionId);
        }
        return Optional.empty();
    }

    @Transactional
    public Optional<String> moveCriterion(long pitchId, long criterionId, boolean up) {
        if (scoringStarted(pitchId)) {
            return Optional.of("pitch.criteria.locked");
        }
        List<Long> moved = moved(criteria(pitchId).stream().map(Criterion::id).toList(), criterionId, up);
        for (int index = 0; index < moved.size(); index++) {
            jdbc.update(
                    "update pitch_criterion set position = :position where id = :id",
                    Map.of("position", index + 1, "id", moved.get(index)));
        }
        return Optional.empty();
    }

    /** Removes a criterion; refused once scoring has started, and for the last one. */
    @Transactional
    public Optional<String> removeCriterion(long pitchId, long criterionId) {
        if (scoringStarted(pitchId)) {
            return Optional.of("pitch.criteria.locked");
        }
        List<Criterion> all = criteria(pitchId);
        if (all.stream().noneMatch(c -> c.id() == criterionId)) {
            throw new NotFoundException("PitchCriterion", criterionId);
        }
        if (all.size() == 1) {
            return Optional.of("pitch.criteria.last");
        }
        jdbc.update("delete from pitch_criterion where id = :id", Map.of("id", criterionId));
        return Optional.empty();
    }

    /**
     * Puts a person on the panel, found by id or else by e-mail; a message key for the field when nobody is found or
     * they are on it already.
     */
    @Transactional
    public Optional<String> addPanelMember(long pitchId, Long personId, String email) {
        Optional<Long> person;
        if (personId != null) {
            person =
                    people.getAll(List.of(personId)).stream().map(Person::getId).findFirst();
        } else if (email != null && !email.isBlank()) {
            person = people.findByEmail(email.strip()).map(Person::getId);
        } else {
            return Optional.of("pitch.panel.choose");
        }
        if (person.isEmpty()) {
            return Optional.of("pitch.panel.unknown");
        }
        int added = jdbc.update(
                "insert into pitch_panel_member (pitch_id, person_id) values (:pitch, :person) on conflict do nothing",
                Map.of("pitch", pitchId, "person", person.get()));
        return added == 0 ? Optional.of("pitch.panel.already") : Optional.empty();
    }

    /** Takes a person off the panel; refused (a message key) once they have scored. */
    @Transactional
    public Optional<String> removePanelMember(long pitchId, long personId) {
        Map<String, Long> parameters = Map.of("pitch", pitchId, "person", personId);
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from pitch_score where pitch_id = :pitch and person_id = :person)",
                parameters,
                Boolean.class))) {
            return Optional.of("pitch.panel.scored");
        }
        if (jdbc.update("delete from pitch_panel_member where pitch_id = :pitch and person_id = :person", parameters)
                == 0) {
            throw new NotFoundException("PitchPanelMember", personId);
        }
        return Optional.empty();
    }

    /** Publishes the results to the programme's participants, or takes them back. */
    @Transactional
    public void publish(long pitchId, boolean published) {
        jdbc.update(
                "update pitch set published = :published where id = :id",
                Map.of("published", published, "id", pitchId));
    }

    // ---- scoring ------------------------------------------------------------------------------------------------

    /**
     * The user's score sheet for one case of the pitch: "not found" if they may not see the pitch or the case is not
     * in it, 403 if they are not on its panel, and {@link OwnMunicipalityException} (a 403 with its reason) when the
     * case is their own municipality's.
     */
    public ScoreSheet sheet(SamlaUser user, long pitchId, long caseId) {
        Pitch pitch = find(pitchId);
        PitchRole role = role(user, pitch);
        PitchSlot slot = slots(pitch, null).stream()
                .filter(s -> s.caseId() == caseId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("PitchCase", caseId));
        if (!role.panel()) {
            throw new AccessDeniedException("Only the pitch's panel scores its cases");
        }
        Map<Long, Integer> values = new LinkedHashMap<>();
        String[] comment = {""};
        jdbc.query(
                "select v.criterion_id, v.value, ps.comment from pitch_score ps"
                        + " left join pitch_score_value v on v.score_id = ps.id"
                        + " where ps.pitch_id = :pitch and ps.case_id = :case and ps.person_id = :person",
                Map.of("pitch", pitchId, "case", caseId, "person", user.personId()),
                rs -> {
                    if (rs.getObject(1) != null) {
                        values.put(rs.getLong(1), rs.getInt(2));
                    }
                    comment[0] = Objects.requireNonNullElse(rs.getString(3), "");
                });
        ScoreSheet sheet = new ScoreSheet(pitch, slot, criteria(pitchId), values, comment[0]);
        Long municipality = jdbc.queryForObject(
                "select municipality_id from person where id = :person", Map.of("person", user.personId()), Long.class);
        if (municipality != null && municipality.equals(slot.municipalityId())) {
            throw new OwnMunicipalityException(sheet);
        }
        return sheet;
    }

    /**
     * What is wrong with a scoring, by field ({@code scores[criterionId]} or {@code global}): a missing score or one
     * outside the scale, or results already published.
     */
    public Map<String, String> problems(ScoreSheet sheet, Map<Long, Integer> scores) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (sheet.pitch().published()) {
            problems.put("global", "pitch.score.published");
        }
        for (Criterion criterion : sheet.criteria()) {
            Integer value = scores == null ? null : scores.get(criterion.id());
            if (value == null) {
                problems.put("scores[" + criterion.id() + "]", "pitch.score.required");
            } else if (value < LOWEST || value > HIGHEST) {
                problems.put("scores[" + criterion.id() + "]", "pitch.score.scale");
            }
        }
        return problems;
    }

    /**
     * Saves the panel member's scores and comment for the case, replacing what they gave before; true when they had
     * scored it before. Call {@link #sheet} first (access) and {@link #problems} (input).
     */
    @Transactional
    public boolean score(ScoreSheet sheet, long personId, Map<Long, Integer> scores, String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        Long existing = jdbc
                .queryForList(
                        "select id from pitch_score where pitch_id = :pitch and case_id = :case and person_id = :person",
                        Map.of("pitch", sheet.pitch().id(), "case", sheet.slot().caseId(), "person", personId),
                        Long.class)
                .stream()
                .findFirst()
                .orElse(null);
        MapSqlParameterSource parameters = new MapSqlParameterSource(
                        "pitch", sheet.pitch().id())
                .addValue("case", sheet.slot().caseId())
                .addValue("person", personId)
                .addValue("comment", text)
                .addValue("now", java.sql.Timestamp.from(clock.instant()));
        long scoreId;
        if (existing == null) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(
                    "insert into pitch_score (pitch_id, case_id, person_id, comment, updated_at)"
                            + " values (:pitch, :case, :person, :comment, :now)",
                    parameters,
                    key,
                    new String[] {"id"});
            scoreId = key.getKey().longValue();
        } else {
            scoreId = existing;
            jdbc.update(
                    "update pitch_score set comment = :comment, updated_at = :now where id = :id",
                    parameters.addValue("id", existing));
            jdbc.update("delete from pitch_score_value where score_id = :id", Map.of("id", existing));
        }
        MapSqlParameterSource[] rows = sheet.criteria().stream()
                .map(criterion -> new MapSqlParameterSource("score", scoreId)
                        .addValue("criterion", criterion.id())
                        .addValue("value", scores.get(criterion.id())))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate(
                "insert into pitch_score_value (score_id, criterion_id, value) values (:score, :criterion, :value)",
                rows);
        return existing != null;
    }
}
