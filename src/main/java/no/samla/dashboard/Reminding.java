package no.samla.dashboard;

import no.samla.notification.ActivityReminders;
import no.samla.programme.ParticipantScope;
import no.samla.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A coordinator reminds a participant at risk: the mail says why, from the same facts the overview shows. One
 * reminder per participant and day; someone who is not at risk (any more) is not reminded.
 */
@Component
public class Reminding {

    public enum Outcome {
        SENT,
        ALREADY_TODAY,
        NOT_AT_RISK
    }

    private final DashboardFacts facts;
    private final ActivityReminders reminders;

    Reminding(DashboardFacts facts, ActivityReminders reminders) {
        this.facts = facts;
        this.reminders = reminders;
    }

    /** The caller has checked that the user may manage the programme; a person not taking part is not found. */
    public Outcome remind(long programmeId, long personId, String coordinatorName) {
        ParticipantFacts participant = facts.of(ParticipantScope.of(programmeId, null)).stream()
                .filter(f -> f.personId() == personId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Participant", personId));
        if (!participant.atRisk()) {
            return Outcome.NOT_AT_RISK;
        }
        boolean sent = reminders.send(
                programmeId,
                personId,
                coordinatorName,
                participant.risks().stream().map(Enum::name).toList());
        return sent ? Outcome.SENT : Outcome.ALREADY_TODAY;
    }
}
