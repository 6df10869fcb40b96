package no.samla.innovation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import no.samla.innovation.CaseHealth;
import no.samla.innovation.CaseStatus;
import no.samla.innovation.CaseViewer;
import no.samla.innovation.InnovationCase;
import no.samla.innovation.InnovationCases;
import no.samla.innovation.OwnerKind;
import no.samla.people.SamlaUser;
import no.samla.system.web.FormSubmission;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The way in to innovation cases: a leader's list of programmes and own cases, a programme's board by phase (filtered
 * by municipality with a plain GET form), and a new case for the programme's coordinators.
 */
@Controller
class BoardController {

    private final InnovationCases cases;

    BoardController(InnovationCases cases) {
        this.cases = cases;
    }

    @GetMapping("/innovation")
    String mine(@AuthenticationPrincipal SamlaUser user, Model model) {
        model.addAttribute("mine", cases.ofLeader(user.personId()));
        return "innovation/mine";
    }

    @GetMapping("/innovation/{programmeId}")
    String board(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(required = false) Long municipality,
            @RequestParam(required = false) Long phase,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "board", cases.board(user, programmeId, municipality, phase, Pages.of(page, Sort.unsorted())));
        return "innovation/board";
    }

    @GetMapping("/innovation/{programmeId}/new")
    String newForm(@AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Model model) {
        CaseViewer viewer = cases.manager(user, programmeId);
        model.addAttribute("form", CaseForm.empty());
        return formView(model, viewer, null);
    }

    @PostMapping("/innovation/{programmeId}/new")
    String create(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @Valid @ModelAttribute("form") CaseForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CaseViewer viewer = cases.manager(user, programmeId);
        form.checkRules(result, true);
        return FormSubmission.attempt(
                        result,
                        model,
                        response,
                        () -> cases.create(user, programmeId, form.data(), form.owner(), form.team()))
                .map(created -> {
                    redirect.addFlashAttribute("flash", "innovation.case.created");
                    return "redirect:/innovation-cases/" + created.getId();
                })
                .orElseGet(() -> formView(model, viewer, null));
    }

    /** The case form, shared with the edit page; {@code existing} is null for a new case. */
    static String formView(Model model, CaseViewer viewer, InnovationCase existing, InnovationCases cases) {
        model.addAttribute("programme", viewer.programme());
        model.addAttribute("viewer", viewer);
        model.addAttribute("existing", existing);
        model.addAttribute("choices", cases.choices(viewer.programme().getId()));
        model.addAttribute("ownerKinds", OwnerKind.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("healths", CaseHealth.values());
        return "innovation/form";
    }

    private String formView(Model model, CaseViewer viewer, InnovationCase existing) {
        return formView(model, viewer, existing, cases);
    }
}
