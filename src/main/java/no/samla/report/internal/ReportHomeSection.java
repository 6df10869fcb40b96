package no.samla.report.internal;

import java.util.Map;
import java.util.Optional;
import no.samla.people.Role;
import no.samla.people.SamlaUser;
import no.samla.programme.ProgrammeFilter;
import no.samla.programme.ProgrammeRow;
import no.samla.programme.ProgrammeViewer;
import no.samla.programme.Programmes;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import no.samla.system.web.HomeSection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * On a municipality admin's start page: the evaluation reports of their municipality in the programmes it takes part
 * in, the latest first. Two queries.
 */
@Component
class ReportHomeSection implements HomeSection {

    static final int SHOWN = 10;

    private final Programmes programmes;

    ReportHomeSection(Programmes programmes) {
        this.programmes = programmes;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Deferred<Optional<Content>> content(Authentication authentication, ReadBatch reads) {
        // Only a municipality admin sees this section: it reads at once, outside the page's batch.
        return Deferred.of(read(authentication));
    }

    private Optional<Content> read(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof SamlaUser user) || !user.hasRole(Role.MUNICIPALITY_ADMIN)) {
            return Optional.empty();
        }
        Long municipalityId = user.administeredMunicipalityId().orElse(null);
        if (municipalityId == null) {
            return Optional.empty();
        }
        Page<ProgrammeRow> page = programmes.search(
                new ProgrammeViewer(false, null, municipalityId),
                new ProgrammeFilter(null, null, null, null, null),
                PageRequest.of(0, SHOWN, Sort.by("startDate").descending()));
        if (page.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Content(
                "report/home :: reports",
                Map.of("programmes", page.getContent(), "municipalityId", municipalityId, "more", page.hasNext())));
    }
}
