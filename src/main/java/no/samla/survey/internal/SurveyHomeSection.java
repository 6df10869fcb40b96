package no.samla.survey.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.people.SamlaUser;
import no.samla.survey.LeaderRound;
import no.samla.survey.Surveys;
import no.samla.system.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The start page's list of the survey rounds open today in the programmes the user takes part in. */
@Component
class SurveyHomeSection implements HomeSection {

    private final Surveys surveys;

    SurveyHomeSection(Surveys surveys) {
        this.surveys = surveys;
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public Optional<Content> content(Authentication user) {
        if (!(user.getPrincipal() instanceof SamlaUser samlaUser)) {
            return Optional.empty();
        }
        List<LeaderRound> open = surveys.openFor(samlaUser.personId());
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Content("survey/home :: open", Map.of("rounds", open)));
    }
}
