package no.samla.coaching.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.coaching.Coaching;
import no.samla.coaching.LeaderProgramme;
import no.samla.coaching.SessionRow;
import no.samla.people.SamlaUser;
import no.samla.system.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** On a participant's start page: their next coaching session, sessions left, and their development project. */
@Component
class LeaderCoachingHomeSection implements HomeSection {

    private final Coaching coaching;
    private final Clock clock;

    LeaderCoachingHomeSection(Coaching coaching, Clock clock) {
        this.coaching = coaching;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Content> content(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof SamlaUser user)) {
            return Optional.empty();
        }
        List<LeaderProgramme> programmes = coaching.programmesOf(user.personId());
        if (programmes.isEmpty()) {
            return Optional.empty();
        }
        LeaderProgramme programme = programmes.stream()
                .filter(LeaderProgramme::hasCoach)
                .findFirst()
                .orElse(programmes.get(0));
        Instant now = clock.instant();
        Optional<SessionRow> next =
                coaching.sessionsOfPerson(user.personId(), now, now.plus(Duration.ofDays(3650)), 5).stream()
                        .filter(session -> session.leaderPersonId() == user.personId())
                        .findFirst();
        Map<String, Object> model = new HashMap<>();
        model.put("programme", programme);
        model.put("left", Math.max(0, programme.quota() - coaching.used(programme.programmeId(), user.personId())));
        model.put("next", next.orElse(null));
        return Optional.of(new Content("coaching/home :: leader", model));
    }
}
