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
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a participant's programme page ("Mitt program") shows, for the page of its own and for the start page: the
 * programme, the participant's other programmes to switch to, and the panels the modules contribute.
 */
@Component
class MyProgramme {

    private final ParticipantProgrammes programmes;
    private final List<ParticipantPanel> panels;
    private final JdbcTemplate jdbc;

    MyProgramme(ParticipantProgrammes programmes, List<ParticipantPanel> panels, JdbcTemplate jdbc) {
        this.programmes = programmes;
        this.jdbc = jdbc;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(ParticipantPanel::order))
                .toList();
    }

    /**
     * The page of the user's current programme, or empty when they take part in none as a participant: the programmes
     * are read with the reads of the rest of the page, the panels' reads then go out together.
     */
    Deferred<Optional<Map<String, Object>>> current(SamlaUser user, ReadBatch reads) {
        return reads.after(
                programmes.of(user.personId(), reads),
                own -> own.isEmpty()
                        ? Deferred.<Map<String, Object>>none()
                        : view(user, own, own.get(0), reads).map(Optional::of));
    }

    /** The page of one of the user's programmes; "not found" unless they take part in it as a participant. */
    Map<String, Object> of(SamlaUser user, long programmeId) {
        ReadBatch reads = ReadBatch.queued(jdbc);
        Deferred<Map<String, Object>> page = reads.after(programmes.of(user.personId(), reads), own -> {
            ParticipantProgramme programme = ParticipantProgrammes.find(own, programmeId)
                    .orElseThrow(() -> new NotFoundException("Programme", programmeId));
            return view(user, own, programme, reads);
        });
        reads.run();
        return page.get();
    }

    private Deferred<Map<String, Object>> view(
            SamlaUser user, List<ParticipantProgramme> own, ParticipantProgramme programme, ReadBatch reads) {
        List<Deferred<Optional<ParticipantPanel.Content>>> contents = panels.stream()
                .map(panel -> panel.content(user, programme, reads))
                .toList();
        return Deferred.all(contents).map(all -> {
            Map<String, Object> view = new HashMap<>();
            view.put("programme", programme);
            view.put(
                    "others", own.stream().filter(p -> p.id() != programme.id()).toList());
            view.put("panels", all.stream().flatMap(Optional::stream).toList());
            return view;
        });
    }
}
