package no.samla.innovation.spread.web;

import java.util.Map;
import java.util.Optional;
import no.samla.people.SamlaUser;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import no.samla.system.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * On a municipality admin's start page, next to the busy periods: the way to the choice whether the municipality's
 * innovation cases are shared, without a query.
 */
@Component
class SharingHomeSection implements HomeSection {

    @Override
    public int order() {
        return 36;
    }

    @Override
    public Deferred<Optional<Content>> content(Authentication authentication, ReadBatch reads) {
        if (!(authentication.getPrincipal() instanceof SamlaUser user)) {
            return Deferred.none();
        }
        return Deferred.of(user.administeredMunicipalityId()
                .map(municipality ->
                        new Content("innovation/spread/parts :: sharingHome", Map.of("municipalityId", municipality))));
    }
}
