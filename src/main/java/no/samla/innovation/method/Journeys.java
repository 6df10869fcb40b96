package no.samla.innovation.method;

import java.time.Clock;
import no.samla.people.SamlaUser;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User journeys of a case. Every change names the journey version its form was opened on; a change based on an older
 * version is refused, so two team members editing the same journey never overwrite each other.
 */
@Service
@Transactional(readOnly = true)
public class Journeys {

    private final MethodTools tools;
    private final JourneyRepository journeys;
    private final Clock clock;

    Journeys(MethodTools tools, JourneyRepository journeys, Clock clock) {
        this.tools = tools;
        this.journeys = journeys;
        this.clock = clock;
    }

    public Page<JourneyRow> list(SamlaUser user, long caseId, Pageable pageable) {
        tools.reading(user, caseId);
        return journeys.rows(caseId, pageable);
    }

    /** The journey with its steps in order, if the user may see its case. */
    public Journey get(SamlaUser user, long caseId, long journeyId) {
        tools.reading(user, caseId);
        return journeys.findWithStepsByIdAndCaseId(journeyId, caseId)
                .orElseThrow(() -> new NotFoundException("Journey", journeyId));
    }

    @Transactional
    public Journey create(SamlaUser user, long caseId, String title, String persona) {
        tools.changing(user, caseId);
        Journey journey = new Journey(caseId, user.personId(), clock.instant());
        journey.describe(title.strip(), persona.strip(), clock.instant());
        return journeys.save(journey);
    }

    @Transactional
    public void describe(SamlaUser user, long caseId, long journeyId, long formVersion, String title, String persona) {
        forChange(user, caseId, journeyId, formVersion).describe(title.strip(), persona.strip(), clock.instant());
    }

    @Transactional
    public void delete(SamlaUser user, long caseId, long journeyId) {
        tools.changing(user, caseId);
        journeys.findWithStepsByIdAndCaseId(journeyId, caseId).ifPresent(journeys::delete);
    }

    @Transactional
    public void addStep(SamlaUser user, long caseId, long journeyId, long formVersion, JourneyStep.Data data) {
        forChange(user, caseId, journeyId, formVersion).addStep(clean(data), clock.instant());
    }

    @Transactional
    public void changeStep(
            SamlaUser user, long caseId, long journeyId, long stepId, long formVersion, JourneyStep.Data data) {
        forChange(user, caseId, journeyId, formVersion).changeStep(stepId, clean(data), clock.instant());
    }

    @Transactional
    public void moveStep(SamlaUser user, long caseId, long journeyId, long stepId, long formVersion, boolean up) {
        forChange(user, caseId, journeyId, formVersion).moveStep(stepId, up, clock.instant());
    }

    @Transactional
    public void removeStep(SamlaUser user, long caseId, long journeyId, long stepId, long formVersion) {
        forChange(user, caseId, journeyId, formVersion).removeStep(stepId, clock.instant());
    }

    /** The journey for a change whose version goes up at commit, after the access and version checks. */
    private Journey forChange(SamlaUser user, long caseId, long journeyId, long formVersion) {
        tools.changing(user, caseId);
        Journey journey = journeys.findForChangeByIdAndCaseId(journeyId, caseId)
                .orElseThrow(() -> new NotFoundException("Journey", journeyId));
        StaleEditException.check(journey.getVersion(), formVersion);
        return journey;
    }

    private static JourneyStep.Data clean(JourneyStep.Data data) {
        if (data.feeling() < JourneyStep.WORST || data.feeling() > JourneyStep.BEST) {
            throw new IllegalArgumentException("A feeling is from 1 to 5");
        }
        String pain = data.painPoints() == null || data.painPoints().isBlank()
                ? null
                : data.painPoints().strip();
        return new JourneyStep.Data(data.action().strip(), data.feeling(), pain);
    }
}
