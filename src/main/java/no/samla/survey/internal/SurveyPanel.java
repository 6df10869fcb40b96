package no.samla.survey.internal;

import java.util.Map;
import java.util.Optional;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import no.samla.survey.Surveys;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.stereotype.Component;

/** On a leader's programme page: the survey rounds of the programme open today, answered or not. */
@Component
class SurveyPanel implements ParticipantPanel {

    private final Surveys surveys;

    SurveyPanel(Surveys surveys) {
        this.surveys = surveys;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Deferred<Optional<Content>> content(SamlaUser user, ParticipantProgramme programme, ReadBatch reads) {
        return surveys.openIn(user.personId(), programme.id(), reads)
                .map(open -> open.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Content("survey/home :: panel", Map.of("rounds", open))));
    }
}
