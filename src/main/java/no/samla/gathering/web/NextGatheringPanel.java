package no.samla.gathering.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.gathering.Agenda;
import no.samla.gathering.Agendas;
import no.samla.gathering.Material;
import no.samla.gathering.MaterialKind;
import no.samla.gathering.Materials;
import no.samla.gathering.NextGathering;
import no.samla.gathering.ParticipantGatherings;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import org.springframework.stereotype.Component;

/** On a leader's programme page: the programme's next gathering with its agenda and the material to read before. */
@Component
class NextGatheringPanel implements ParticipantPanel {

    private final ParticipantGatherings gatherings;
    private final Agendas agendas;
    private final Materials materials;

    NextGatheringPanel(ParticipantGatherings gatherings, Agendas agendas, Materials materials) {
        this.gatherings = gatherings;
        this.agendas = agendas;
        this.materials = materials;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Content> content(SamlaUser user, ParticipantProgramme programme) {
        long programmeId = programme.id();
        Optional<NextGathering> next = gatherings.nextIn(programmeId);
        if (next.isEmpty()) {
            Map<String, Object> none = new HashMap<>();
            none.put("gathering", null);
            return Optional.of(new Content("gathering/my-programme :: next", none));
        }
        List<Agenda.Day> days = agendas.daysOf(next.get());
        List<Material> before = materials.of(next.get()).stream()
                .filter(material -> material.getKind() == MaterialKind.BEFORE)
                .toList();
        return Optional.of(new Content(
                "gathering/my-programme :: next", Map.of("gathering", next.get(), "days", days, "before", before)));
    }
}
