package no.samla.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.samla.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments as their recipients see them: what a leader has to do in a programme, and marking it done (with or
 * without a log entry). A leader who is not a recipient of an assignment is told it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class Assignments {

    private static final String LEADER_ASSIGNMENT = """
            select a.id, a.programme_id, a.kind, a.title, a.description, a.due_on, r.done_at
            from assignment a
            join assignment_recipient r on r.assignment_id = a.id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    Assignments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The leader's assignments in a programme that are not done yet, soonest due first. */
    public List<LeaderAssignment> open(long personId, long programmeId) {
        return jdbc.sql(LEADER_ASSIGNMENT + """
                        where r.person_id = :person and a.programme_id = :programme and r.done_at is null
                        order by a.due_on, a.id
                        """)
                .param("person", personId)
                .param("programme", programmeId)
                .query(Assignments::leaderAssignment)
                .list();
    }

    /** One assignment of the leader's, done or not; empty when they are not among its recipients. */
    public Optional<LeaderAssignment> ofLeader(long personId, long assignmentId) {
        return jdbc.sql(LEADER_ASSIGNMENT + " where r.person_id = :person and a.id = :assignment")
                .param("person", personId)
                .param("assignment", assignmentId)
                .query(Assignments::leaderAssignment)
                .optional();
    }

    /** Marks the leader's assignment done; marking it again keeps the first time. */
    @Transactional
    public void markDone(long personId, long assignmentId) {
        int updated = jdbc.sql("""
                        update assignment_recipient set done_at = coalesce(done_at, :now)
                        where assignment_id = :assignment and person_id = :person
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("assignment", assignmentId)
                .param("person", personId)
                .update();
        if (updated == 0) {
            throw new NotFoundException("Assignment", assignmentId);
        }
    }

    /**
     * A page of the leader's assignments in every programme: open ones first, soonest due first, then done ones, last
     * done first. Two queries.
     */
    public Page<LeaderAssignment> mine(long personId, Pageable pageable) {
        List<LeaderAssignment> rows = jdbc.sql(LEADER_ASSIGNMENT + """
                        where r.person_id = :person
                        order by r.done_at is not null, case when r.done_at is null then a.due_on end,
                            r.done_at desc, a.id
                        limit :limit offset :offset
                        """)
                .param("person", personId)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(Assignments::leaderAssignment)
                .list();
        long total = jdbc.sql("select count(*) from assignment_recipient where person_id = :person")
                .param("person", personId)
                .query(Long.class)
                .single();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Opens a done assignment of the leader's again; "not found" when they are not among its recipients. */
    @Transactional
    public void reopen(long personId, long assignmentId) {
        int updated = jdbc.sql("""
                        update assignment_recipient set done_at = null
                        where assignment_id = :assignment and person_id = :person
                        """)
                .param("assignment", assignmentId)
                .param("person", personId)
                .update();
        if (updated == 0) {
            throw new NotFoundException("Assignment", assignmentId);
        }
    }

    private static LeaderAssignment leaderAssignment(ResultSet rs, int row) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new LeaderAssignment(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                AssignmentKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getDate("due_on").toLocalDate(),
                done == null ? null : done.toInstant());
    }
}
