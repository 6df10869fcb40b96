package no.samla.journal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import no.samla.journal.Assignments;
import no.samla.journal.LeaderAssignment;
import no.samla.people.SamlaUser;
import no.samla.programme.Programmes;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A leader's assignments in every programme they have been given one in: open ones first (soonest due, overdue said
 * in words), then done ones; marking one done without a log entry, and opening it again. Only an assignment's
 * recipients find it.
 */
@Controller
class MyAssignmentsController {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Assignments assignments;
    private final Programmes programmes;
    private final Clock clock;

    MyAssignmentsController(Assignments assignments, Programmes programmes, Clock clock) {
        this.assignments = assignments;
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping("/assignments")
    String mine(@AuthenticationPrincipal SamlaUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<LeaderAssignment> mine = assignments.mine(user.personId(), Pages.of(page, Sort.unsorted()));
        model.addAttribute("assignments", mine);
        model.addAttribute(
                "programmeNames",
                programmes.names(mine.getContent().stream()
                        .map(LeaderAssignment::programmeId)
                        .collect(Collectors.toSet())));
        model.addAttribute("today", LocalDate.now(clock.withZone(OSLO)));
        model.addAttribute("page", page);
        return "journal/my-assignments";
    }

    @PostMapping("/assignments/{id}/done")
    String done(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect) {
        assignments.markDone(user.personId(), id);
        redirect.addFlashAttribute("flash", "assignment.markedDone");
        return back(page);
    }

    @PostMapping("/assignments/{id}/undo")
    String undo(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect) {
        assignments.reopen(user.personId(), id);
        redirect.addFlashAttribute("flash", "assignment.reopened");
        return back(page);
    }

    private static String back(int page) {
        return page > 0 ? "redirect:/assignments?page=" + page : "redirect:/assignments";
    }
}
