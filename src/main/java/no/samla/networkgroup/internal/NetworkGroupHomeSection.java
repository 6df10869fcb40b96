package no.samla.networkgroup.internal;

import java.util.Map;
import java.util.Optional;
import no.samla.networkgroup.NetworkGroups;
import no.samla.people.SamlaUser;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import no.samla.system.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * On the start page of anyone in a network group: the group's other members, by name, title and unit. The group's
 * next meeting is on the member's programme page ("Mitt program").
 */
@Component
class NetworkGroupHomeSection implements HomeSection {

    private final NetworkGroups networkGroups;

    NetworkGroupHomeSection(NetworkGroups networkGroups) {
        this.networkGroups = networkGroups;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Deferred<Optional<Content>> content(Authentication authentication, ReadBatch reads) {
        if (!(authentication.getPrincipal() instanceof SamlaUser user)) {
            return Deferred.none();
        }
        return networkGroups
                .groupsOf(user.personId(), reads)
                .map(groups -> groups.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Content("networkgroup/home :: groups", Map.of("groups", groups))));
    }
}
