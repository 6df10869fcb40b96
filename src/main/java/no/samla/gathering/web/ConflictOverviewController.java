package no.samla.gathering.web;

import java.time.Clock;
import java.time.LocalDate;
import no.samla.gathering.Gatherings;
import no.samla.people.Role;
import no.samla.people.SamlaUser;
import no.samla.programme.ProgrammeViewer;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A coordinator's overview of what to check in their upcoming schedule, across all their programmes: facilitators
 * booked twice (in any programme), venues booked twice, gatherings outside the programme period, and gatherings with
 * fewer facilitators than usual.
 */
@Controller
class ConflictOverviewController {

    private final Gatherings gatherings;
    private final Clock clock;

    ConflictOverviewController(Gatherings gatherings, Clock clock) {
        this.gatherings = gatherings;
        this.clock = clock;
    }

    @GetMapping("/programmes/conflicts")
    String overview(@AuthenticationPrincipal SamlaUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.COORDINATOR)) {
            throw new AccessDeniedException("The schedule overview is for those who plan programmes");
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute(
                "conflicts", gatherings.conflicts(ProgrammeViewer.of(user), today, Pages.of(page, Sort.unsorted())));
        return "gathering/conflicts";
    }
}
