package no.samla.coaching.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import no.samla.coaching.Coaching;
import no.samla.coaching.CoachingSession;
import no.samla.coaching.DevelopmentProject;
import no.samla.coaching.DevelopmentProjects;
import no.samla.coaching.LeaderProgramme;
import no.samla.coaching.SessionNotes;
import no.samla.people.SamlaUser;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One coaching session, for its leader and its coach only (everyone else gets "not found"): when and how, the
 * shared notes both write, and for the coach alone the private note and, when the leader shares it, the
 * development project.
 */
@Controller
class SessionController {

    static final int REBOOK_CHOICES = 10;

    private final Coaching coaching;
    private final SessionNotes notes;
    private final DevelopmentProjects projects;
    private final Clock clock;

    SessionController(Coaching coaching, SessionNotes notes, DevelopmentProjects projects, Clock clock) {
        this.coaching = coaching;
        this.notes = notes;
        this.projects = projects;
        this.clock = clock;
    }

    @GetMapping("/coaching/sessions/{id}")
    String session(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        CoachingSession session = coaching.sessionFor(user.personId(), id);
        return sessionView(model, user, session, session.getSharedNotes(), null);
    }

    @PostMapping("/coaching/sessions/{id}/shared-notes")
    String sharedNotes(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String text,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CoachingSession session = coaching.sessionFor(user.personId(), id);
        if (text != null && text.strip().length() > SessionNotes.MAX_LENGTH) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return sessionView(model, user, session, text, "sharedNotes");
        }
        try {
            notes.writeSharedNotes(user.personId(), id, version == null ? -1 : version, text);
        } catch (StaleEditException stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("staleEdit", true);
            return sessionView(model, user, coaching.sessionFor(user.personId(), id), text, null);
        }
        redirect.addFlashAttribute("flash", "coaching.notes.saved");
        return "redirect:/coaching/sessions/" + id + "#shared-notes";
    }

    @PostMapping("/coaching/sessions/{id}/private-notes")
    String privateNote(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(required = false) String text,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CoachingSession session = coaching.sessionFor(user.personId(), id);
        if (session.getCoachPersonId() != user.personId()) {
            throw new NotFoundException("Session", id);
        }
        if (text != null && text.strip().length() > SessionNotes.MAX_LENGTH) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("privateText", text);
            return sessionView(model, user, session, session.getSharedNotes(), "privateNote");
        }
        notes.writePrivateNote(user.personId(), id, text);
        redirect.addFlashAttribute("flash", "coaching.notes.saved");
        return "redirect:/coaching/sessions/" + id + "#private-note";
    }

    private String sessionView(
            Model model, SamlaUser user, CoachingSession session, String sharedText, String tooLong) {
        boolean isCoach = session.getCoachPersonId() == user.personId();
        boolean isLeader = session.getLeaderPersonId() == user.personId();
        model.addAttribute("coachingSession", session);
        model.addAttribute("slot", session.getSlot());
        model.addAttribute("isCoach", isCoach);
        model.addAttribute("isLeader", isLeader);
        model.addAttribute("names", coaching.names(List.of(session.getLeaderPersonId(), session.getCoachPersonId())));
        model.addAttribute("sharedText", sharedText);
        model.addAttribute("tooLong", tooLong);
        model.addAttribute("maxLength", SessionNotes.MAX_LENGTH);
        model.addAttribute("upcoming", session.getSlot().getStartsAt().isAfter(clock.instant()));
        model.addAttribute(
                "deadline", coaching.cancelDeadlineOf(session.getSlot().getStartsAt()));
        model.addAttribute("deadlineHours", coaching.cancelDeadline().toHours());
        if (isCoach && !model.containsAttribute("privateText")) {
            model.addAttribute(
                    "privateText",
                    notes.privateNote(user.personId(), session.getId()).orElse(""));
        }
        if (isLeader && session.isActive()) {
            LeaderProgramme programme = coaching.programmesOf(user.personId()).stream()
                    .filter(candidate -> candidate.programmeId() == session.getProgrammeId())
                    .findFirst()
                    .orElse(null);
            model.addAttribute(
                    "rebookSlots",
                    programme == null
                            ? List.of()
                            : coaching.openSlots(programme, PageRequest.of(0, REBOOK_CHOICES))
                                    .getContent());
        }
        DevelopmentProject project = projects.of(session.getProgrammeId(), session.getLeaderPersonId())
                .filter(found -> projects.mayRead(user.personId(), found))
                .orElse(null);
        model.addAttribute("project", project);
        if (project != null) {
            model.addAttribute(
                    "projectText", projects.latest(project).map(v -> v.text()).orElse(null));
        }
        return "coaching/session";
    }
}
