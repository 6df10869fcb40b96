package no.samla.programme.web;

import java.util.Optional;
import no.samla.people.SamlaUser;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import no.samla.system.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** On a leader's start page, first: their current programme ("Mitt program"), with a way to their others. */
@Component
class MyProgrammeHomeSection implements HomeSection {

    private final MyProgramme myProgramme;

    MyProgrammeHomeSection(MyProgramme myProgramme) {
        this.myProgramme = myProgramme;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Deferred<Optional<Content>> content(Authentication authentication, ReadBatch reads) {
        if (!(authentication.getPrincipal() instanceof SamlaUser user)) {
            return Deferred.none();
        }
        return myProgramme
                .current(user, reads)
                .map(page -> page.map(view -> new Content("programme/my-programme :: programme", view)));
    }
}
