package no.samla.platform;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Comments and reactions on a platform's principles, read in a fixed number of statements whatever the number of
 * principles, comments or reactions; and the statements that write them.
 */
@Component
class PlatformActivity {

    /** How many of the latest comments the platform page shows per principle. */
    static final int LATEST = 3;

    private final JdbcTemplate jdbc;

    PlatformActivity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per principle of the platform: comment count, the latest comments, reaction counts and the person's reaction. */
    Map<Long, PrincipleActivity> of(long platformId, long personId) {
        Map<Long, Long> counts = new HashMap<>();
        Map<Long, List<CommentRow>> latest = new HashMap<>();
        Map<Long, Map<Reaction, Long>> reactions = new HashMap<>();
        Map<Long, Reaction> mine = new HashMap<>();
        jdbc.query(
                """
                select c.id, c.principle_id, pe.full_name, c.text, c.created_at, c.total from (
                    select c.*, row_number() over (partition by c.principle_id order by c.created_at desc, c.id desc) n,
                           count(*) over (partition by c.principle_id) total
                    from platform_comment c join platform_principle p on p.id = c.principle_id
                    where p.platform_id = ?) c
                join person pe on pe.id = c.person_id
                where c.n <= ? order by c.principle_id, c.n
                """,
                rs -> {
                    long principle = rs.getLong(2);
                    counts.put(principle, rs.getLong(6));
                    latest.computeIfAbsent(principle, key -> new ArrayList<>()).add(comment(rs));
                },
                platformId,
                LATEST);
        jdbc.query(
                """
                select r.principle_id, r.reaction, count(*), bool_or(r.person_id = ?)
                from platform_reaction r join platform_principle p on p.id = r.principle_id
                where p.platform_id = ? group by r.principle_id, r.reaction
                """,
                rs -> {
                    long principle = rs.getLong(1);
                    Reaction reaction = Reaction.valueOf(rs.getString(2));
                    reactions
                            .computeIfAbsent(principle, key -> new EnumMap<>(Reaction.class))
                            .put(reaction, rs.getLong(3));
                    if (rs.getBoolean(4)) {
                        mine.put(principle, reaction);
                    }
                },
                personId,
                platformId);
        Map<Long, PrincipleActivity> activity = new HashMap<>();
        java.util.Set<Long> principles = new java.util.HashSet<>(counts.keySet());
        principles.addAll(reactions.keySet());
        for (long principle : principles) {
            activity.put(
                    principle,
                    new PrincipleActivity(
                            counts.getOrDefault(principle, 0L),
                            latest.getOrDefault(principle, List.of()),
                            reactions.getOrDefault(principle, Map.of()),
                            mine.get(principle)));
        }
        return activity;
    }

    Page<CommentRow> comments(long principleId, Pageable pageable) {
        List<CommentRow> rows =
                jdbc.query("""
                select c.id, c.principle_id, pe.full_name, c.text, c.created_at
                from platform_comment c join person pe on pe.id = c.person_id
                where c.principle_id = ? order by c.created_at desc, c.id desc limit ? offset ?
                """, (rs, row) -> comment(rs), principleId, pageable.getPageSize(), pageable.getOffset());
        Long total = jdbc.queryForObject(
                "select count(*) from platform_comment where principle_id = ?", Long.class, principleId);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    void comment(long principleId, long personId, String text, java.time.Instant now) {
        jdbc.update(
                "insert into platform_comment (principle_id, person_id, text, created_at) values (?, ?, ?, ?)",
                principleId,
                personId,
                text,
                Timestamp.from(now));
    }

    void react(long principleId, long personId, Reaction reaction, java.time.Instant now) {
        if (reaction == null) {
            jdbc.update(
                    "delete from platform_reaction where principle_id = ? and person_id = ?", principleId, personId);
            return;
        }
        jdbc.update("""
                insert into platform_reaction (principle_id, person_id, reaction, reacted_at) values (?, ?, ?, ?)
                on conflict (principle_id, person_id) do update set reaction = excluded.reaction,
                    reacted_at = excluded.reacted_at
                """, principleId, personId, reaction.name(), Timestamp.from(now));
    }

    /**
     * Moves the comments and reactions of a principle being merged away to the kept one; a leader who reacted to both
     * keeps their reaction to the kept one.
     */
    void move(long fromPrincipleId, long toPrincipleId) {
        jdbc.update(
                "update platform_comment set principle_id = ? where principle_id = ?", toPrincipleId, fromPrincipleId);
        jdbc.update("""
                update platform_reaction r set principle_id = ? where r.principle_id = ? and not exists
                    (select 1 from platform_reaction k where k.principle_id = ? and k.person_id = r.person_id)
                """, toPrincipleId, fromPrincipleId, toPrincipleId);
    }

    /** The platforms of a programme with their counts; {@code onlyMunicipalityId} adds the programme-wide one. */
    List<PlatformRow> rows(long programmeId, Long onlyMunicipalityId) {
        return rows(
                        ReadBatch.immediate(jdbc),
                        "(cast(? as bigint) is null or lp.municipality_id is null or lp.municipality_id = ?)",
                        programmeId,
                        onlyMunicipalityId,
                        onlyMunicipalityId)
                .get();
    }

    /** The programme-wide platform and the one of the person's municipality, in the same statement. */
    Deferred<List<PlatformRow>> rowsForPerson(long programmeId, long personId, ReadBatch reads) {
        return rows(
                reads,
                "(lp.municipality_id is null or lp.municipality_id = (select municipality_id from person where id = ?))",
                programmeId,
                personId);
    }

    private Deferred<List<PlatformRow>> rows(ReadBatch reads, String scope, Object... parameters) {
        return reads.query(
                """
                select lp.id, lp.municipality_id, m.name,
                       (select count(*) from platform_principle p where p.platform_id = lp.id),
                       (select count(*) from platform_version v where v.platform_id = lp.id), lp.adopted_on
                from leadership_platform lp left join municipality m on m.id = lp.municipality_id
                where lp.programme_id = ? and """ + scope + """

                order by lp.municipality_id nulls first, m.name
                """,
                (rs, row) -> new PlatformRow(
                        rs.getLong(1),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getObject(6, java.time.LocalDate.class)),
                parameters);
    }

    /** The written languages of the programme's municipalities, each once. */
    List<String> languagesOf(long programmeId) {
        return jdbc.queryForList("""
                select distinct m.written_language from programme_municipality pm
                join municipality m on m.id = pm.municipality_id where pm.programme_id = ?
                """, String.class, programmeId);
    }

    private static CommentRow comment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CommentRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }
}
