package no.samla.networkgroup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.system.StaleEditException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores the draft proposal as one row and its placements as rows, written in one batch, so a draft of hundreds of
 * people is saved and read in a fixed number of statements. Used only by {@link NetworkGroups}.
 */
@Repository
class ProposalStore {

    private final JdbcTemplate jdbc;

    ProposalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Proposal> find(long programmeId) {
        List<Object[]> heads = jdbc.query(
                "select seed, min_size, max_size, group_count, groups, version from network_group_proposal"
                        + " where programme_id = ?",
                (rs, row) -> new Object[] {
                    rs.getLong("seed"),
                    integer(rs, "min_size"),
                    integer(rs, "max_size"),
                    integer(rs, "group_count"),
                    rs.getInt("groups"),
                    rs.getLong("version")
                },
                programmeId);
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        Object[] head = heads.get(0);
        Map<Long, Proposal.Placement> placements = new HashMap<>();
        jdbc.query(
                "select person_id, group_number, locked from network_group_placement where programme_id = ?",
                rs -> {
                    placements.put(
                            rs.getLong("person_id"),
                            new Proposal.Placement(rs.getInt("group_number"), rs.getBoolean("locked")));
                },
                programmeId);
        return Optional.of(new Proposal(
                programmeId,
                (Long) head[0],
                new SizeSetting((Integer) head[1], (Integer) head[2], (Integer) head[3]),
                (Integer) head[4],
                placements,
                (Long) head[5]));
    }

    /**
     * Saves the draft. {@code expectedVersion} null starts a new draft over any old one; otherwise the stored draft
     * must still be at that version (someone else may have changed it since the page was opened).
     */
    long save(Proposal proposal, Long expectedVersion, long byPersonId) {
        long programmeId = proposal.programmeId();
        long version;
        if (expectedVersion == null) {
            version = jdbc.queryForObject(
                    """
                    insert into network_group_proposal
                        (programme_id, seed, min_size, max_size, group_count, groups, updated_by_person_id)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (programme_id) do update
                       set seed = excluded.seed, min_size = excluded.min_size, max_size = excluded.max_size,
                           group_count = excluded.group_count, groups = excluded.groups,
                           updated_by_person_id = excluded.updated_by_person_id, updated_at = now(),
                           version = network_group_proposal.version + 1
                    returning version
                    """,
                    Long.class,
                    programmeId,
                    proposal.seed(),
                    proposal.size().minSize(),
                    proposal.size().maxSize(),
                    proposal.size().groupCount(),
                    proposal.groups(),
                    byPersonId);
        } else {
            List<Long> updated = jdbc.queryForList(
                    """
                    update network_group_proposal
                       set seed = ?, groups = ?, updated_by_person_id = ?, updated_at = now(), version = version + 1
                     where programme_id = ? and version = ?
                    returning version
                    """, Long.class, proposal.seed(), proposal.groups(), byPersonId, programmeId, expectedVersion);
            if (updated.isEmpty()) {
                throw new StaleEditException(currentVersion(programmeId));
            }
            version = updated.get(0);
        }
        jdbc.update("delete from network_group_placement where programme_id = ?", programmeId);
        List<Object[]> rows = proposal.placements().entrySet().stream()
                .map(entry -> new Object[] {
                    programmeId,
                    entry.getKey(),
                    entry.getValue().group(),
                    entry.getValue().locked()
                })
                .toList();
        jdbc.batchUpdate(
                "insert into network_group_placement (programme_id, person_id, group_number, locked) values (?, ?, ?, ?)",
                rows);
        return version;
    }

    void delete(long programmeId) {
        jdbc.update("delete from network_group_proposal where programme_id = ?", programmeId);
    }

    private long currentVersion(long programmeId) {
        return jdbc
                .queryForList(
                        "select version from network_group_proposal where programme_id = ?", Long.class, programmeId)
                .stream()
                .findFirst()
                .orElse(-1L);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
