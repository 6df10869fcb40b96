package no.samla.innovation.spread;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samla.innovation.CaseHealth;
import no.samla.innovation.CaseStatus;
import no.samla.innovation.InnovationPhase;
import no.samla.innovation.Roadmap;
import no.samla.organisation.Municipality;
import no.samla.organisation.Organisations;
import no.samla.people.Role;
import no.samla.people.SamlaUser;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of innovation cases across programmes, and how cases spread between municipalities.
 *
 * <p>A case is in a person's library when they could see it on its programme's board (the admin; coordinators of its
 * programme; those who take part in its programme), when it belongs to their own municipality (a leader's, or the one a
 * municipality admin keeps), or when its municipality shares its cases. A municipality shares only when its admin (or
 * the admin) has said so; until then its cases stay within their programmes. A case without a municipality (a leader
 * without one) is never shared. To everyone else a case is "not found" here too.
 *
 * <p>A leader or municipality admin follows a case of another municipality on behalf of their own (one follow per
 * municipality), and records when their municipality took it into use.
 */
@Service
@Transactional(readOnly = true)
public class CaseSpread {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** The longest note on an adoption. */
    public static final int NOTE_MAX = 500;

    // Whether the case c is in the reader's library; the reader's parameters are those of Reader.params().
    private static final String IN_LIBRARY = """
            (:all
             or exists (select 1 from programme_coordinator pc
                        where pc.programme_id = c.programme_id and pc.person_id = :coordinator)
             or exists (select 1 from participation pa
                        where pa.programme_id = c.programme_id and pa.person_id = :person and pa.left_on is null)
             or (:leader and c.municipality_id = (select pe.municipality_id from person pe where pe.id = :person))
             or c.municipality_id = :administered
             or exists (select 1 from municipality_case_sharing s
                        where s.municipality_id = c.municipality_id and s.shares))""";

    private static final String ROW = """
            select c.id, c.title, c.programme_id, p.name as programme_name, c.municipality_id,
                   m.name as municipality_name, c.phase_id, c.status, c.health,
                   (select count(*) from innovation_case_follow f where f.case_id = c.id) as followers,
                   (select count(*) from innovation_case_adoption a where a.case_id = c.id) as adopters
            from innovation_case c
            join programme p on p.id = c.programme_id
            left join municipality m on m.id = c.municipality_id
            """;

    private final JdbcClient jdbc;
    private final Roadmap roadmap;
    private final Organisations organisations;
    private final Clock clock;

    CaseSpread(JdbcClient jdbc, Roadmap roadmap, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.roadmap = roadmap;
        this.organisations = organisations;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }

    // The library

    /** One page of the reader's library, searched and filtered, by title; with what its filters may choose from. */
    public Library library(SamlaUser user, LibraryFilter filter, Pageable pageable) {
        Reader reader = Reader.of(user);
        Map<String, Object> params = new HashMap<>(reader.params());
        StringBuilder where = new StringBuilder(" where ").append(IN_LIBRARY);
        String text = filter.normalisedQuery();
        if (text != null) {
            where.append(" and (c.title ilike :text escape '\\' or c.need ilike :text escape '\\'"
                    + " or c.target_group ilike :text escape '\\' or c.goals ilike :text escape '\\')");
            params.put("text", "%" + escapeLike(text) + "%");
        }
        if (filter.phaseId() != null) {
            where.append(" and c.phase_id = :phase");
            params.put("phase", filter.phaseId());
        }
        if (filter.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.municipalityId() != null) {
            where.append(" and c.municipality_id = :municipality");
            params.put("municipality", filter.municipalityId());
        }
        if (filter.programmeId() != null) {
            where.append(" and c.programme_id = :programme");
            params.put("programme", filter.programmeId());
        }
        Map<Long, InnovationPhase> phases = phases();
        List<LibraryRow> rows = jdbc.sql(ROW + where + " order by c.title, c.id limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> row(rs, phases))
                .list();
        long total = pageable.getOffset() == 0 && rows.size() < pageable.getPageSize()
                ? rows.size()
                : jdbc.sql("select count(*) from innovation_case c" + where)
                        .params(params)
                        .query(Long.class)
                        .single();
        Map<String, Object> readerParams = reader.params();
        List<Choice> municipalities = jdbc.sql("select distinct m.id, m.name from innovation_case c"
                        + " join municipality m on m.id = c.municipality_id where " + IN_LIBRARY + " order by m.name")
                .params(readerParams)
                .query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")))
                .list();
        List<Choice> programmes = jdbc.sql("select distinct p.id, p.name from innovation_case c"
                        + " join programme p on p.id = c.programme_id where " + IN_LIBRARY + " order by p.name")
                .params(readerParams)
                .query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")))
                .list();
        return new Library(
                new PageImpl<>(rows, pageable, total), List.copyOf(phases.values()), municipalities, programmes);
    }

    /**
     * A case as the library shows it, with who follows it and who took it into use, and what the reader may do about
     * it; "not found" unless it is in the reader's library.
     */
    public LibraryCase libraryCase(SamlaUser user, long caseId) {
        Reader reader = Reader.of(user);
        Map<Long, InnovationPhase> phases = phases();
        LibraryCaseData found = jdbc.sql("""
                        select c.id, c.title, c.programme_id, p.name as programme_name, c.municipality_id,
                               m.name as municipality_name, c.phase_id, c.status, c.health, c.need, c.target_group,
                               c.goals
                        from innovation_case c
                        join programme p on p.id = c.programme_id
                        left join municipality m on m.id = c.municipality_id
                        where c.id = :id and """ + IN_LIBRARY)
                .params(reader.params())
                .param("id", caseId)
                .query((rs, n) -> new LibraryCaseData(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getLong("programme_id"),
                        rs.getString("programme_name"),
                        (Long) rs.getObject("municipality_id"),
                        rs.getString("municipality_name"),
                        phases.get(rs.getLong("phase_id")),
                        CaseStatus.valueOf(rs.getString("status")),
                        CaseHealth.valueOf(rs.getString("health")),
                        rs.getString("need"),
                        rs.getString("target_group"),
                        rs.getString("goals")))
                .optional()
                .orElseThrow(() -> new NotFoundException("InnovationCase", caseId));
        Long own = actingMunicipality(user).orElse(null);
        boolean mayFollow = own != null && !own.equals(found.municipalityId());
        List<String> followers =
                jdbc.sql("""
                        select m.name from innovation_case_follow f join municipality m on m.id = f.municipality_id
                        where f.case_id = :id order by m.name
                        """).param("id", caseId).query(String.class).list();
        List<Adopter> adopters = adopters(caseId);
        boolean following = mayFollow
                && jdbc.sql("select exists (select 1 from innovation_case_follow where case_id = :id"
                                + " and municipality_id = :municipality)")
                        .param("id", caseId)
                        .param("municipality", own)
                        .query(Boolean.class)
                        .single();
        Adopter ownAdoption = mayFollow
                ? adopters.stream()
                        .filter(a -> a.municipalityId() == own)
                        .findFirst()
                        .orElse(null)
                : null;
        return new LibraryCase(found, followers, adopters, mayFollow, following, ownAdoption);
    }

    /** How far the case has spread: how many municipalities follow it and which took it into use. Two queries. */
    public Spread spread(long caseId) {
        long followers = jdbc.sql("select count(*) from innovation_case_follow where case_id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single();
        return new Spread(caseId, followers, adopters(caseId));
    }

    private List<Adopter> adopters(long caseId) {
        return jdbc.sql("""
                        select a.municipality_id, m.name, a.adopted_on, a.note from innovation_case_adoption a
                        join municipality m on m.id = a.municipality_id where a.case_id = :id
                        order by a.adopted_on, m.name
                        """)
                .param("id", caseId)
                .query((rs, n) -> new Adopter(
                        rs.getLong("municipality_id"),
                        rs.getString("name"),
                        rs.getObject("adopted_on", LocalDate.class),
                        rs.getString("note")))
                .list();
    }

    // Following and adopting

    /** Follows the case for the user's municipality; following twice changes nothing. */
    @Transactional
    public void follow(SamlaUser user, long caseId) {
        long municipality = followerMunicipality(user, caseId);
        insertFollow(caseId, municipality, user.personId());
    }

    /** Stops following the case for the user's municipality; what it recorded as taken into use stays. */
    @Transactional
    public void unfollow(SamlaUser user, long caseId) {
        long municipality = followerMunicipality(user, caseId);
        jdbc.sql("delete from innovation_case_follow where case_id = :id and municipality_id = :municipality")
                .param("id", caseId)
                .param("municipality", municipality)
                .update();
    }

    /**
     * Records that the user's municipality took the case into use on a day that is not in the future, with a short
     * note; recording again replaces the day and note. The municipality follows the case from then on.
     */
    @Transactional
    public void adopt(SamlaUser user, long caseId, LocalDate adoptedOn, String note) {
        long municipality = followerMunicipality(user, caseId);
        if (adoptedOn == null) {
            throw new FieldConflictException("adoptedOn", "spread.adopt.date.missing");
        }
        if (adoptedOn.isAfter(today())) {
            throw new FieldConflictException("adoptedOn", "spread.adopt.date.future");
        }
        String clean = note == null ? "" : note.strip();
        if (clean.length() > NOTE_MAX) {
            throw new FieldConflictException("note", "spread.adopt.note.tooLong");
        }
        jdbc.sql("""
                        insert into innovation_case_adoption (case_id, municipality_id, adopted_on, note, recorded_by,
                            recorded_at)
                        values (:id, :municipality, :on, :note, :by, :at)
                        on conflict (case_id, municipality_id) do update set adopted_on = excluded.adopted_on,
                            note = excluded.note, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                        """)
                .param("id", caseId)
                .param("municipality", municipality)
                .param("on", adoptedOn)
                .param("note", clean)
                .param("by", user.personId())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        insertFollow(caseId, municipality, user.personId());
    }

    private void insertFollow(long caseId, long municipality, long personId) {
        jdbc.sql("""
                        insert into innovation_case_follow (case_id, municipality_id, followed_by, followed_at)
                        values (:id, :municipality, :by, :at) on conflict do nothing
                        """)
                .param("id", caseId)
                .param("municipality", municipality)
                .param("by", personId)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * The municipality the user follows the case for: "not found" unless the case is in their library, 403 unless
     * they are a leader or municipality admin of another municipality than the case's.
     */
    public long followerMunicipality(SamlaUser user, long caseId) {
        Long caseMunicipality = jdbc.sql(
                        "select c.municipality_id from innovation_case c where c.id = :id and " + IN_LIBRARY)
                .params(Reader.of(user).params())
                .param("id", caseId)
                .query((rs, n) -> Optional.ofNullable((Long) rs.getObject("municipality_id")))
                .optional()
                .orElseThrow(() -> new NotFoundException("InnovationCase", caseId))
                .orElse(null);
        Long own = actingMunicipality(user)
                .orElseThrow(() -> new AccessDeniedException("Only leaders and municipality admins follow cases"));
        if (own.equals(caseMunicipality)) {
            throw new AccessDeniedException("A municipality does not follow its own case");
        }
        return own;
    }

    /** The municipality a person acts for: the one they keep as its admin, or (a leader) their own. */
    private Optional<Long> actingMunicipality(SamlaUser user) {
        if (user.hasRole(Role.MUNICIPALITY_ADMIN)
                && user.administeredMunicipalityId().isPresent()) {
            return user.administeredMunicipalityId();
        }
        if (!user.hasRole(Role.LEADER)) {
            return Optional.empty();
        }
        return jdbc.sql("select municipality_id from person where id = :id")
                .param("id", user.personId())
                .query((rs, n) -> Optional.ofNullable((Long) rs.getObject("municipality_id")))
                .single();
    }

    // The municipality's choice

    /** Whether the municipality shares its cases, for its admin and the admin; "not found" for everyone else. */
    public SharingSetting sharing(SamlaUser user, long municipalityId) {
        Municipality municipality = keptMunicipality(user, municipalityId);
        return jdbc.sql("""
                        select s.shares, pe.full_name, s.changed_at from municipality_case_sharing s
                        join person pe on pe.id = s.changed_by where s.municipality_id = :id
                        """)
                .param("id", municipalityId)
                .query((rs, n) -> new SharingSetting(
                        municipality,
                        rs.getBoolean("shares"),
                        rs.getString("full_name"),
                        rs.getTimestamp("changed_at").toInstant()))
                .optional()
                .orElseGet(() -> new SharingSetting(municipality, false, null, null));
    }

    /** Records the municipality's choice, by whom and when. */
    @Transactional
    public void share(SamlaUser user, long municipalityId, boolean shares) {
        keptMunicipality(user, municipalityId);
        jdbc.sql("""
                        insert into municipality_case_sharing (municipality_id, shares, changed_by, changed_at)
                        values (:id, :shares, :by, :at)
                        on conflict (municipality_id) do update set shares = excluded.shares,
                            changed_by = excluded.changed_by, changed_at = excluded.changed_at
                        """)
                .param("id", municipalityId)
                .param("shares", shares)
                .param("by", user.personId())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    private Municipality keptMunicipality(SamlaUser user, long municipalityId) {
        boolean keeps = user.hasRole(Role.ADMIN)
                || (user.hasRole(Role.MUNICIPALITY_ADMIN)
                        && user.administeredMunicipalityId()
                                .map(id -> id == municipalityId)
                                .orElse(false));
        if (!keeps) {
            throw new NotFoundException("Municipality", municipalityId);
        }
        return organisations
                .findMunicipality(municipalityId)
                .orElseThrow(() -> new NotFoundException("Municipality", municipalityId));
    }

    private Map<Long, InnovationPhase> phases() {
        return roadmap.phases().stream()
                .collect(Collectors.toMap(
                        InnovationPhase::getId, phase -> phase, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static LibraryRow row(ResultSet rs, Map<Long, InnovationPhase> phases) throws SQLException {
        return new LibraryRow(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getLong("programme_id"),
                rs.getString("programme_name"),
                rs.getString("municipality_name"),
                phases.get(rs.getLong("phase_id")),
                CaseStatus.valueOf(rs.getString("status")),
                CaseHealth.valueOf(rs.getString("health")),
                rs.getLong("followers"),
                rs.getLong("adopters"));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Who reads the library, as the parameters of {@link #IN_LIBRARY}. */
    private record Reader(boolean all, Long coordinator, long person, boolean leader, Long administered) {

        static Reader of(SamlaUser user) {
            return new Reader(
                    user.hasRole(Role.ADMIN),
                    user.hasRole(Role.COORDINATOR) ? user.personId() : null,
                    user.personId(),
                    user.hasRole(Role.LEADER),
                    user.hasRole(Role.MUNICIPALITY_ADMIN)
                            ? user.administeredMunicipalityId().orElse(null)
                            : null);
        }

        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            params.put("all", all);
            params.put("coordinator", coordinator);
            params.put("person", person);
            params.put("leader", leader);
            params.put("administered", administered);
            return params;
        }
    }

    /** A municipality's choice whether its cases are shared; who made it and when are null until someone has. */
    public record SharingSetting(Municipality municipality, boolean shares, String changedByName, Instant changedAt) {}

    /** A municipality or programme a library filter may choose. */
    public record Choice(long id, String name) {}

    /** One page of the library and the choices of its filters. */
    public record Library(
            Page<LibraryRow> page,
            List<InnovationPhase> phases,
            List<Choice> municipalities,
            List<Choice> programmes) {}

    /** A case in a list of the library. */
    public record LibraryRow(
            long id,
            String title,
            long programmeId,
            String programmeName,
            String municipalityName,
            InnovationPhase phase,
            CaseStatus status,
            CaseHealth health,
            long followers,
            long adopters) {}

    /** What the library shows of one case. */
    public record LibraryCaseData(
            long id,
            String title,
            long programmeId,
            String programmeName,
            Long municipalityId,
            String municipalityName,
            InnovationPhase phase,
            CaseStatus status,
            CaseHealth health,
            String need,
            String targetGroup,
            String goals) {}

    /**
     * One case in the library with the municipalities that follow it and those that took it into use; whether the
     * reader may follow it for their municipality, already does, and their municipality's adoption (or null).
     */
    public record LibraryCase(
            LibraryCaseData data,
            List<String> followers,
            List<Adopter> adopters,
            boolean mayFollow,
            boolean following,
            Adopter ownAdoption) {}

    /** A municipality that took a case into use. */
    public record Adopter(long municipalityId, String municipalityName, LocalDate adoptedOn, String note) {}

    /** How far one case has spread. */
    public record Spread(long caseId, long followers, List<Adopter> adopters) {}
}
