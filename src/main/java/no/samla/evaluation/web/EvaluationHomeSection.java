package no.samla.evaluation.web;

import java.util.Map;
import java.util.Optional;
import no.samla.evaluation.Evaluations;
import no.samla.people.SamlaUser;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import no.samla.system.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The start page's list of the open evaluations of the programmes the user takes part in, answered or not. */
@Component
class EvaluationHomeSection implements HomeSection {

    private final Evaluations evaluations;

    EvaluationHomeSection(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Deferred<Optional<Content>> content(Authentication user, ReadBatch reads) {
        if (!(user.getPrincipal() instanceof SamlaUser samlaUser)) {
            return Deferred.none();
        }
        return evaluations
                .openFor(samlaUser.personId(), reads)
                .map(open -> open.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Content("evaluation/home :: open", Map.of("evaluations", open))));
    }
}
