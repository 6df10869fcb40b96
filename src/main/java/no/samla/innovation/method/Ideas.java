package no.samla.innovation.method;

import java.time.Clock;
import java.time.Instant;
import no.samla.people.SamlaUser;
import no.samla.system.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idea generation for a case: the team and the coordinators add ideas and shortlist the ones to take further; each team
 * member has {@link #DOT_BUDGET} dots per case to spread over its ideas or stack on one, and may take a dot back.
 */
@Service
@Transactional(readOnly = true)
public class Ideas {

    /** Dots each team member may put on one case's ideas. */
    public static final int DOT_BUDGET = 3;

    private final MethodTools tools;
    private final IdeaRepository ideas;
    private final IdeaRows rows;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Ideas(MethodTools tools, IdeaRepository ideas, IdeaRows rows, JdbcTemplate jdbc, Clock clock) {
        this.tools = tools;
        this.ideas = ideas;
        this.rows = rows;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public IdeaBoard board(SamlaUser user, long caseId, Pageable pageable) {
        ToolCase tools = this.tools.reading(user, caseId);
        return new IdeaBoard(
                tools,
                rows.page(caseId, user.personId(), pageable),
                DOT_BUDGET,
                tools.teamMember() ? rows.dotsUsed(caseId, user.personId()) : 0);
    }

    @Transactional
    public Idea add(SamlaUser user, long caseId, String title, String description) {
        tools.changing(user, caseId);
        String text = description == null || description.isBlank() ? null : description.strip();
        return ideas.save(new Idea(caseId, title.strip(), text, user.personId(), clock.instant()));
    }

    @Transactional
    public void shortlist(SamlaUser user, long caseId, long ideaId, boolean shortlisted) {
        tools.changing(user, caseId);
        idea(caseId, ideaId).shortlist(shortlisted);
    }

    @Transactional
    public void delete(SamlaUser user, long caseId, long ideaId) {
        tools.changing(user, caseId);
        ideas.delete(idea(caseId, ideaId));
    }

    /** Puts one of the user's dots on the idea; refused when all their dots on this case are in use. */
    @Transactional
    public void addDot(SamlaUser user, long caseId, long ideaId) {
        tools.voting(user, caseId);
        idea(caseId, ideaId);
        // One vote at a time per case, so two quick clicks cannot both take the last dot.
        jdbc.queryForObject("select id from innovation_case where id = ? for update", Long.class, caseId);
        if (rows.dotsUsed(caseId, user.personId()) >= DOT_BUDGET) {
            throw new DotBudgetSpentException(DOT_BUDGET);
        }
        jdbc.update(
                "insert into innovation_idea_dot (idea_id, person_id, voted_at) values (?, ?, ?)",
                ideaId,
                user.personId(),
                java.sql.Timestamp.from(Instant.now(clock)));
    }

    /** Takes back one of the user's dots from the idea, if they have one on it. */
    @Transactional
    public void withdrawDot(SamlaUser user, long caseId, long ideaId) {
        tools.voting(user, caseId);
        idea(caseId, ideaId);
        jdbc.update("""
                delete from innovation_idea_dot where id = (
                    select max(id) from innovation_idea_dot where idea_id = ? and person_id = ?)
                """, ideaId, user.personId());
    }

    private Idea idea(long caseId, long ideaId) {
        return ideas.findByIdAndCaseId(ideaId, caseId).orElseThrow(() -> new NotFoundException("Idea", ideaId));
    }
}
