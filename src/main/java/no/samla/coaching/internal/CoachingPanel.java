package no.samla.coaching.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.samla.coaching.Coaching;
import no.samla.coaching.DevelopmentProjects;
import no.samla.coaching.LeaderProgramme;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import org.springframework.stereotype.Component;

/**
 * On a leader's programme page: their next coaching session and sessions used of their quota, and their development
 * project (written or not, with its goal).
 */
@Component
class CoachingPanel implements ParticipantPanel {

    private final Coaching coaching;
    private final DevelopmentProjects projects;

    CoachingPanel(Coaching coaching, DevelopmentProjects projects) {
        this.coaching = coaching;
        this.projects = projects;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Content> content(SamlaUser user, ParticipantProgramme programme) {
        long programmeId = programme.id();
        Optional<LeaderProgramme> found = coaching.findProgrammeOf(user.personId(), programmeId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("programme", found.get());
        model.put("used", coaching.used(programmeId, user.personId()));
        model.put("next", coaching.nextSession(programmeId, user.personId()).orElse(null));
        model.put("goal", projects.latestGoal(programmeId, user.personId()).orElse(null));
        return Optional.of(new Content("coaching/my-programme :: coaching", model));
    }
}
