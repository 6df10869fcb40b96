package no.samla.coaching.web;

import no.samla.coaching.Coaching;
import no.samla.coaching.CoachingRefusedException;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme's coordinators give each participant a coach and, when it differs from the plan, a quota. */
@Controller
class AssignmentController {

    private final Coaching coaching;
    private final ProgrammeAccess access;

    AssignmentController(Coaching coaching, ProgrammeAccess access) {
        this.coaching = coaching;
        this.access = access;
    }

    @GetMapping("/programmes/{programmeId}/coaching")
    String assignments(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Programme programme = access.manage(user, programmeId);
        model.addAttribute("programme", programme);
        model.addAttribute("rows", coaching.assignments(programmeId, Pages.of(page, Sort.unsorted())));
        model.addAttribute("coaches", coaching.coachChoices(programme));
        model.addAttribute("page", page);
        return "coaching/assignments";
    }

    /** Sets one participant's coach (empty: none) and quota (empty: the programme's plan). */
    @PostMapping("/programmes/{programmeId}/coaching/{personId}")
    String assign(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long personId,
            @RequestParam(required = false) String coachId,
            @RequestParam(required = false) String quota,
            @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        String back = "redirect:/programmes/" + programmeId + "/coaching?page=" + Math.max(page, 0) + "#participant-"
                + personId;
        Long coach;
        Integer ownQuota;
        try {
            coach = blank(coachId) ? null : Long.valueOf(coachId.strip());
            ownQuota = blank(quota) ? null : Integer.valueOf(quota.strip());
        } catch (NumberFormatException malformed) {
            Refusals.flash(redirect, new CoachingRefusedException("coaching.assign.quotaRange"));
            return back;
        }
        try {
            coaching.assign(programme, personId, coach, ownQuota);
            redirect.addFlashAttribute("flash", "coaching.assign.saved");
        } catch (CoachingRefusedException refused) {
            Refusals.flash(redirect, refused);
        }
        return back;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
