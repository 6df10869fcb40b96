package no.samla.innovation.spread.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import no.samla.innovation.CaseStatus;
import no.samla.innovation.InnovationCases;
import no.samla.innovation.spread.CaseSpread;
import no.samla.innovation.spread.LibraryFilter;
import no.samla.people.SamlaUser;
import no.samla.system.NotFoundException;
import no.samla.system.web.FormSubmission;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The library of innovation cases across programmes: search and filters, one case's read-only page with who follows it
 * and who took it into use, and following, unfollowing and adopting it for one's municipality. Access is checked
 * before any input is looked at.
 */
@Controller
@RequestMapping("/innovation-library")
class LibraryController {

    static final int PAGE_SIZE = 20;

    /** What a municipality records when it takes a case into use. */
    record AdoptForm(
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate adoptedOn,

            @Size(max = CaseSpread.NOTE_MAX) String note) {}

    private final CaseSpread spread;
    private final InnovationCases cases;

    LibraryController(CaseSpread spread, InnovationCases cases) {
        this.spread = spread;
        this.cases = cases;
    }

    @GetMapping
    String library(
            @AuthenticationPrincipal SamlaUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String page,
            Model model) {
        CaseStatus chosenStatus = Arrays.stream(CaseStatus.values())
                .filter(value -> value.name().equals(status))
                .findFirst()
                .orElse(null);
        LibraryFilter filter =
                new LibraryFilter(q, number(phase), chosenStatus, number(municipality), number(programme));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("library", spread.library(user, filter, PageRequest.of(pageNumber(page), PAGE_SIZE)));
        model.addAttribute(
                "url",
                UriComponentsBuilder.fromPath("/innovation-library")
                        .queryParamIfPresent("q", java.util.Optional.ofNullable(filter.normalisedQuery()))
                        .queryParamIfPresent("phase", java.util.Optional.ofNullable(filter.phaseId()))
                        .queryParamIfPresent("status", java.util.Optional.ofNullable(chosenStatus))
                        .queryParamIfPresent("municipality", java.util.Optional.ofNullable(filter.municipalityId()))
                        .queryParamIfPresent("programme", java.util.Optional.ofNullable(filter.programmeId()))
                        .build()
                        .toUriString());
        return "innovation/spread/library";
    }

    @GetMapping("/{caseId}")
    String show(@AuthenticationPrincipal SamlaUser user, @PathVariable long caseId, Model model) {
        model.addAttribute("adoptForm", new AdoptForm(spread.today(), ""));
        return caseView(user, caseId, model);
    }

    @PostMapping("/{caseId}/follow")
    String follow(@AuthenticationPrincipal SamlaUser user, @PathVariable long caseId, RedirectAttributes redirect) {
        spread.follow(user, caseId);
        redirect.addFlashAttribute("flash", "spread.follow.saved");
        return "redirect:/innovation-library/" + caseId;
    }

    @PostMapping("/{caseId}/unfollow")
    String unfollow(@AuthenticationPrincipal SamlaUser user, @PathVariable long caseId, RedirectAttributes redirect) {
        spread.unfollow(user, caseId);
        redirect.addFlashAttribute("flash", "spread.unfollow.saved");
        return "redirect:/innovation-library/" + caseId;
    }

    @PostMapping("/{caseId}/adopt")
    String adopt(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long caseId,
            @Valid @ModelAttribute("adoptForm") AdoptForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        spread.followerMunicipality(user, caseId);
        if (FormSubmission.run(
                result, model, response, () -> spread.adopt(user, caseId, form.adoptedOn(), form.note()))) {
            redirect.addFlashAttribute("flash", "spread.adopt.saved");
            return "redirect:/innovation-library/" + caseId;
        }
        return caseView(user, caseId, model);
    }

    /** A filter's number, or no filter when the address carries something else (an edited or stale link). */
    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static int pageNumber(String text) {
        Long number = number(text);
        return number == null || number < 0 || number > Integer.MAX_VALUE / PAGE_SIZE ? 0 : number.intValue();
    }

    private String caseView(SamlaUser user, long caseId, Model model) {
        CaseSpread.LibraryCase found = spread.libraryCase(user, caseId);
        model.addAttribute("found", found);
        model.addAttribute("c", found.data());
        model.addAttribute("mayOpen", mayOpen(user, caseId));
        return "innovation/spread/case";
    }

    /** Whether the full case page is there for the user (the library also shows cases it is not). */
    private boolean mayOpen(SamlaUser user, long caseId) {
        try {
            cases.visible(user, caseId);
            return true;
        } catch (NotFoundException notVisible) {
            return false;
        }
    }
}
