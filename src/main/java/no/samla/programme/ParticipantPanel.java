package no.samla.programme;

import java.util.Map;
import java.util.Optional;
import no.samla.people.SamlaUser;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;

/**
 * A part of a participant's programme page ("Mitt program") that a module contributes: the next gathering, the next
 * network meeting, coaching, assignments, log entries. The programme module shows every panel that has something,
 * in {@link #order()}, and knows none of the modules that contribute them. The page has already checked that the user
 * takes part in the programme as a participant.
 */
public interface ParticipantPanel {

    /** Lower comes first. */
    int order();

    /**
     * What this panel shows the participant in the programme, or empty when it has nothing for them. The panel asks
     * {@code reads} for what it reads, and the page sends the reads of all panels together before it shows them. The
     * caller has checked that the user takes part in the programme as a participant.
     */
    Deferred<Optional<Content>> content(SamlaUser user, ParticipantProgramme programme, ReadBatch reads);

    /**
     * A Thymeleaf fragment (for example {@code "gathering/my-programme :: panel"}) and the model it reads; the
     * fragment gets the model under the name {@code panel} and the programme's id under {@code programmeId}.
     */
    record Content(String fragment, Map<String, Object> model) {}
}
