package no.samla.gathering.web;

import java.util.Map;
import java.util.Optional;
import no.samla.gathering.ParticipantGatherings;
import no.samla.people.SamlaUser;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import no.samla.system.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The start page's list of the signed-in person's next gatherings, across the programmes they take part in other than
 * as a participant (a leader finds the next gathering of their own programme on "Mitt program" above it).
 */
@Component
class NextGatheringsSection implements HomeSection {

    static final int LIMIT = 5;

    private final ParticipantGatherings gatherings;

    NextGatheringsSection(ParticipantGatherings gatherings) {
        this.gatherings = gatherings;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Deferred<Optional<Content>> content(Authentication user, ReadBatch reads) {
        if (!(user.getPrincipal() instanceof SamlaUser samlaUser)) {
            return Deferred.none();
        }
        return gatherings
                .nextBesidesOwnProgrammes(samlaUser.personId(), LIMIT, reads)
                .map(next -> next.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Content("gathering/home :: next", Map.of("gatherings", next))));
    }
}
