package no.samla.platform.internal;

import java.util.Map;
import java.util.Optional;
import no.samla.people.SamlaUser;
import no.samla.platform.Platforms;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.stereotype.Component;

/** On a leader's programme page: the leadership platforms they may read, and whether comments are open. */
@Component
class PlatformPanel implements ParticipantPanel {

    private final Platforms platforms;

    PlatformPanel(Platforms platforms) {
        this.platforms = platforms;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Deferred<Optional<Content>> content(SamlaUser user, ParticipantProgramme programme, ReadBatch reads) {
        return platforms
                .forParticipant(user, programme.id(), reads)
                .map(mine -> mine.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Content("platform/parts :: panel", Map.of("platforms", mine))));
    }
}
