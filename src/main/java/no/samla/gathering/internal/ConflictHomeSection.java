package no.samla.gathering.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import no.samla.gathering.Gatherings;
import no.samla.people.Role;
import no.samla.people.SamlaUser;
import no.samla.programme.ProgrammeViewer;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import no.samla.system.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** On a coordinator's start page: how many things to check in their upcoming schedule, and the way to them. */
@Component
class ConflictHomeSection implements HomeSection {

    private final Gatherings gatherings;
    private final Clock clock;

    ConflictHomeSection(Gatherings gatherings, Clock clock) {
        this.gatherings = gatherings;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Deferred<Optional<Content>> content(Authentication authentication, ReadBatch reads) {
        // Only a coordinator sees this section: it reads at once, outside the page's batch.
        return Deferred.of(read(authentication));
    }

    private Optional<Content> read(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof SamlaUser user) || !user.hasRole(Role.COORDINATOR)) {
            return Optional.empty();
        }
        // The count alone: the first page of the list cost as much again, and the section shows none of it.
        long count = gatherings.conflictCount(ProgrammeViewer.of(user), LocalDate.now(clock));
        return count == 0
                ? Optional.empty()
                : Optional.of(new Content("gathering/conflicts :: home", Map.of("count", count)));
    }
}
