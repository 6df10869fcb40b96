package no.samla.innovation.method;

import java.util.List;
import no.samla.innovation.CaseViewer;
import no.samla.innovation.InnovationCase;
import no.samla.innovation.InnovationCases;
import no.samla.people.SamlaUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The method tools of an innovation case as a whole: who may read and change them (those who see the case read them;
 * its team and the programme's coordinators change them; to anyone else the case does not exist), how many the case
 * has, and all of them at once for printing.
 */
@Service
@Transactional(readOnly = true)
public class MethodTools {

    private final InnovationCases cases;
    private final JourneyRepository journeys;
    private final WhyAnalysisRepository whys;
    private final IdeaRows ideas;
    private final JdbcTemplate jdbc;

    MethodTools(
            InnovationCases cases,
            JourneyRepository journeys,
            WhyAnalysisRepository whys,
            IdeaRows ideas,
            JdbcTemplate jdbc) {
        this.cases = cases;
        this.journeys = journeys;
        this.whys = whys;
        this.ideas = ideas;
        this.jdbc = jdbc;
    }

    /** The case if the user may see it, or "not found". */
    public ToolCase reading(SamlaUser user, long caseId) {
        InnovationCase c = cases.visible(user, caseId);
        CaseViewer viewer = cases.viewer(user, c.getProgrammeId());
        return new ToolCase(c, viewer.programme(), viewer.edits(c), c.getTeam().contains(user.personId()));
    }

    /** The case if the user may change its method tools: "not found" if they may not see it, 403 if they only read. */
    public ToolCase changing(SamlaUser user, long caseId) {
        ToolCase tools = reading(user, caseId);
        if (!tools.editable()) {
            throw new AccessDeniedException("Only the case's team and the programme's coordinators change its tools");
        }
        return tools;
    }

    /** The case if the user is on its team, the only ones who vote on its ideas. */
    public ToolCase voting(SamlaUser user, long caseId) {
        ToolCase tools = reading(user, caseId);
        if (!tools.teamMember()) {
            throw new AccessDeniedException("Only the case's team votes on its ideas");
        }
        return tools;
    }

    /** The counts for a case the caller has already shown the user, in one statement. */
    public MethodSummary summary(long caseId) {
        return jdbc.queryForObject(
                """
                select (select count(*) from innovation_journey where case_id = ?),
                       (select count(*) from innovation_why_analysis where case_id = ?),
                       (select count(*) from innovation_idea where case_id = ?),
                       (select count(*) from innovation_idea where case_id = ? and shortlisted)
                """,
                (rs, row) -> new MethodSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                caseId,
                caseId,
                caseId,
                caseId);
    }

    /** Everything for the print page: journeys with their steps, analyses with their whys, ideas by votes. */
    public Printout printout(SamlaUser user, long caseId) {
        ToolCase tools = reading(user, caseId);
        return new Printout(
                tools,
                journeys.findWithStepsByCaseIdOrderByTitleAscIdAsc(caseId),
                whys.findWithAnswersByCaseIdOrderByCreatedAtAscIdAsc(caseId),
                ideas.all(caseId, user.personId()));
    }

    /** All method tools of one case. */
    public record Printout(
            ToolCase tools, List<Journey> journeys, List<WhyAnalysis> whyAnalyses, List<IdeaRow> ideas) {}
}
