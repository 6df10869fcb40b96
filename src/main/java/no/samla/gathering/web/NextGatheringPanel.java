package no.samla.gathering.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.samla.gathering.ParticipantGatherings;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.stereotype.Component;

/** On a leader's programme page: the programme's next gathering with its agenda and the material to read before. */
@Component
class NextGatheringPanel implements ParticipantPanel {

    private final ParticipantGatherings gatherings;

    NextGatheringPanel(ParticipantGatherings gatherings) {
        this.gatherings = gatherings;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Deferred<Optional<Content>> content(SamlaUser user, ParticipantProgramme programme, ReadBatch reads) {
        return gatherings
                .nextWithAgendaIn(programme.id(), reads)
                .map(found -> Optional.of(found.map(next -> new Content(
                                "gathering/my-programme :: next",
                                Map.of("gathering", next.gathering(), "days", next.days(), "before", next.before())))
                        .orElseGet(() -> {
                            Map<String, Object> none = new HashMap<>();
                            none.put("gathering", null);
                            return new Content("gathering/my-programme :: next", none);
                        })));
    }
}
