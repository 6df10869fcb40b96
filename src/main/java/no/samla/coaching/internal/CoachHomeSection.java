package no.samla.coaching.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.coaching.Coaching;
import no.samla.coaching.SessionRow;
import no.samla.people.SamlaUser;
import no.samla.system.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** On a coach's start page: their next booked coaching sessions. */
@Component
class CoachHomeSection implements HomeSection {

    static final int SHOWN = 5;

    private final Coaching coaching;

    CoachHomeSection(Coaching coaching) {
        this.coaching = coaching;
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public Optional<Content> content(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof SamlaUser user)) {
            return Optional.empty();
        }
        List<SessionRow> next = coaching.nextSessionsAsCoach(user.personId(), SHOWN);
        return next.isEmpty()
                ? Optional.empty()
                : Optional.of(new Content("coaching/home :: coach", Map.of("sessions", next)));
    }
}
