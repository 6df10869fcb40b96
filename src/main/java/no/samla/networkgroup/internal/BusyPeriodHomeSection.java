package no.samla.networkgroup.internal;

import java.util.Map;
import java.util.Optional;
import no.samla.people.SamlaUser;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import no.samla.system.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** On a municipality admin's start page: the way to the municipality's busy periods, without a query. */
@Component
class BusyPeriodHomeSection implements HomeSection {

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Deferred<Optional<Content>> content(Authentication authentication, ReadBatch reads) {
        if (!(authentication.getPrincipal() instanceof SamlaUser user)) {
            return Deferred.none();
        }
        return Deferred.of(user.administeredMunicipalityId()
                .map(municipality ->
                        new Content("networkgroup/home :: busyPeriods", Map.of("municipalityId", municipality))));
    }
}
