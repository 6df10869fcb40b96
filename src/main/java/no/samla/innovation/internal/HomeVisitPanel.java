package no.samla.innovation.internal;

import java.util.Map;
import java.util.Optional;
import no.samla.innovation.HomeVisits;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.stereotype.Component;

/** On a leader's programme page: the home visit they come to, when they come to one. */
@Component
class HomeVisitPanel implements ParticipantPanel {

    private final HomeVisits visits;

    HomeVisitPanel(HomeVisits visits) {
        this.visits = visits;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Deferred<Optional<Content>> content(SamlaUser user, ParticipantProgramme programme, ReadBatch reads) {
        return visits.ofComer(user.personId(), programme.id(), reads)
                .map(found -> found.map(visit -> new Content("homevisit/parts :: panel", Map.of("visit", visit))));
    }
}
