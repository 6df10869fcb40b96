package no.samla.programme.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import no.samla.programme.ParticipantProgrammes;
import no.samla.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What a participant's programme page ("Mitt program") shows, for the page of its own and for the start page: the
 * programme, the participant's other programmes to switch to, and the panels the modules contribute.
 */
@Component
class MyProgramme {

    private final ParticipantProgrammes programmes;
    private final List<ParticipantPanel> panels;

    MyProgramme(ParticipantProgrammes programmes, List<ParticipantPanel> panels) {
        this.programmes = programmes;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(ParticipantPanel::order))
                .toList();
    }

    /** The page of the user's current programme, or empty when they take part in none as a participant. */
    Optional<Map<String, Object>> current(SamlaUser user) {
        List<ParticipantProgramme> own = programmes.of(user.personId());
        return own.isEmpty() ? Optional.empty() : Optional.of(view(user, own, own.get(0)));
    }

    /** The page of one of the user's programmes; "not found" unless they take part in it as a participant. */
    Map<String, Object> of(SamlaUser user, long programmeId) {
        List<ParticipantProgramme> own = programmes.of(user.personId());
        ParticipantProgramme programme = ParticipantProgrammes.find(own, programmeId)
                .orElseThrow(() -> new NotFoundException("Programme", programmeId));
        return view(user, own, programme);
    }

    private Map<String, Object> view(SamlaUser user, List<ParticipantProgramme> own, ParticipantProgramme programme) {
        Map<String, Object> view = new HashMap<>();
        view.put("programme", programme);
        view.put("others", own.stream().filter(p -> p.id() != programme.id()).toList());
        view.put(
                "panels",
                panels.stream()
                        .map(panel -> panel.content(user, programme))
                        .flatMap(Optional::stream)
                        .toList());
        return view;
    }
}
