package no.samla.coaching.web;

import java.util.List;
import no.samla.coaching.Coaching;
import no.samla.coaching.CoachingRefusedException;
import no.samla.coaching.CoachingSession;
import no.samla.coaching.LeaderProgramme;
import no.samla.people.SamlaUser;
import no.samla.system.NotFoundException;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A leader's coaching: their coach and sessions left in each programme they take part in, the coach's open slots to
 * book, and their sessions to move or cancel.
 */
@Controller
class LeaderCoachingController {

    static final int SESSIONS_SHOWN = 50;

    private final Coaching coaching;

    LeaderCoachingController(Coaching coaching) {
        this.coaching = coaching;
    }

    @GetMapping("/coaching")
    String overview(
            @AuthenticationPrincipal SamlaUser user,
            @RequestParam(required = false) Long programme,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        List<LeaderProgramme> programmes = coaching.programmesOf(user.personId());
        LeaderProgramme chosen = programme == null
                ? programmes.stream().findFirst().orElse(null)
                : programmes.stream()
                        .filter(candidate -> candidate.programmeId() == programme)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Programme", programme));
        model.addAttribute("programmes", programmes);
        model.addAttribute("chosen", chosen);
        model.addAttribute(
                "coaches", !coaching.programmesCoachedBy(user.personId()).isEmpty());
        if (chosen != null) {
            long used = coaching.used(chosen.programmeId(), user.personId());
            model.addAttribute("used", used);
            model.addAttribute("left", Math.max(0, chosen.quota() - used));
            model.addAttribute("sessions", coaching.sessionsOf(chosen.programmeId(), user.personId(), SESSIONS_SHOWN));
            model.addAttribute("slots", coaching.openSlots(chosen, Pages.of(page, Sort.unsorted())));
            model.addAttribute("now", java.time.Instant.now());
            model.addAttribute("deadlineHours", coaching.cancelDeadline().toHours());
        }
        return "coaching/leader";
    }

    @PostMapping("/coaching/slots/{slotId}/book")
    String book(@AuthenticationPrincipal SamlaUser user, @PathVariable long slotId, RedirectAttributes redirect) {
        try {
            CoachingSession session = coaching.book(user.personId(), slotId);
            redirect.addFlashAttribute("flash", "coaching.booked");
            return "redirect:/coaching?programme=" + session.getProgrammeId() + "#my-sessions";
        } catch (CoachingRefusedException refused) {
            Refusals.flash(redirect, refused);
            return "redirect:/coaching";
        }
    }

    @PostMapping("/coaching/sessions/{id}/cancel")
    String cancel(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, RedirectAttributes redirect) {
        CoachingSession session = coaching.sessionFor(user.personId(), id);
        try {
            coaching.cancel(user.personId(), id);
            redirect.addFlashAttribute("flash", "coaching.cancelled");
        } catch (CoachingRefusedException refused) {
            Refusals.flash(redirect, refused);
        }
        return "redirect:/coaching/sessions/" + session.getId();
    }

    /** Moves a booking to the slot chosen on the session page; the slot is checked after access. */
    @PostMapping("/coaching/sessions/{id}/rebook")
    String rebook(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long slotId,
            RedirectAttributes redirect) {
        CoachingSession session = coaching.sessionFor(user.personId(), id);
        if (session.getLeaderPersonId() != user.personId()) {
            throw new NotFoundException("Session", id);
        }
        if (slotId == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "choose a slot");
        }
        try {
            CoachingSession moved = coaching.rebook(user.personId(), id, slotId);
            redirect.addFlashAttribute("flash", "coaching.rebooked");
            return "redirect:/coaching/sessions/" + moved.getId();
        } catch (CoachingRefusedException refused) {
            Refusals.flash(redirect, refused);
            return "redirect:/coaching/sessions/" + id;
        }
    }
}
