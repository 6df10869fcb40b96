package no.samla.evaluation;

import java.util.List;
import no.samla.gathering.Gathering;
import no.samla.gathering.GatheringLinks;
import no.samla.people.SamlaUser;
import no.samla.programme.Enrolments;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a gathering's page: a participant is asked to answer (or change) its open evaluation; its coordinators reach the
 * set-up; those who may read the programme's results reach them once the evaluation has opened.
 */
@Component
@Transactional(readOnly = true)
class EvaluationGatheringLinks implements GatheringLinks {

    private final EvaluationRepository evaluations;
    private final AnswerStore answers;
    private final Enrolments enrolments;
    private final ProgrammeAccess access;

    EvaluationGatheringLinks(
            EvaluationRepository evaluations, AnswerStore answers, Enrolments enrolments, ProgrammeAccess access) {
        this.evaluations = evaluations;
        this.answers = answers;
        this.enrolments = enrolments;
        this.access = access;
    }

    @Override
    public List<Link> linksFor(SamlaUser user, Programme programme, Gathering gathering) {
        Evaluation evaluation = evaluations.findByGathering(gathering.getId()).orElse(null);
        if (evaluation == null) {
            return List.of();
        }
        String staffPages = "/programmes/" + programme.getId() + "/evaluations/" + evaluation.getId();
        if (access.canManage(user, programme)) {
            return List.of(new Link(staffPages, "evaluation.gatheringPage.setup", false));
        }
        if (evaluation.isOpen()
                && enrolments.programmesAsParticipant(user.personId()).contains(programme.getId())) {
            boolean answered = !answers.answeredBy(user.personId(), List.of(evaluation.getId()))
                    .isEmpty();
            return List.of(new Link(
                    "/evaluations/" + evaluation.getId(),
                    answered ? "evaluation.gatheringPage.change" : "evaluation.gatheringPage.answer",
                    !answered));
        }
        if (!evaluation.isDraft() && access.canView(user, programme.getId())) {
            return List.of(new Link(staffPages + "/results", "evaluation.gatheringPage.results", false));
        }
        return List.of();
    }
}
