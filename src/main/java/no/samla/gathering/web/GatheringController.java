package no.samla.gathering.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import no.samla.gathering.Gathering;
import no.samla.gathering.GatheringFormat;
import no.samla.gathering.Gatherings;
import no.samla.people.Accounts;
import no.samla.people.Role;
import no.samla.people.SamlaUser;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.system.web.FormSubmission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, changing and deleting a programme's gatherings; for those who manage the programme. */
@Controller
@RequestMapping("/programmes/{programmeId}/gatherings")
class GatheringController {

    private final Gatherings gatherings;
    private final ProgrammeAccess access;
    private final Accounts accounts;

    GatheringController(Gatherings gatherings, ProgrammeAccess access, Accounts accounts) {
        this.gatherings = gatherings;
        this.access = access;
        this.accounts = accounts;
    }

    @GetMapping("/new")
    String newGathering(@AuthenticationPrincipal SamlaUser user, @PathVariable long programmeId, Model model) {
        Programme programme = access.manage(user, programmeId);
        List<Gathering> existing = gatherings.of(programmeId);
        model.addAttribute(
                "form",
                GatheringForm.next(
                        gatherings.nextNumber(programmeId),
                        existing.isEmpty()
                                ? programme.getStartDate()
                                : existing.get(existing.size() - 1)
                                        .getStartDate()
                                        .plusWeeks(6)));
        return formView(model, programme, null);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @Valid @ModelAttribute("form") GatheringForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        rejectEndBeforeStart(form, result);
        return FormSubmission.attempt(result, model, response, () -> gatherings.create(programmeId, form.toData()))
                .map(created -> saved(programmeId, created.getId(), "flash.created", redirect))
                .orElseGet(() -> formView(model, programme, null));
    }

    @GetMapping("/{id}")
    String edit(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            Model model) {
        Programme programme = access.manage(user, programmeId);
        Gathering gathering = gatherings.get(programmeId, id);
        model.addAttribute("form", GatheringForm.of(gathering));
        return formView(model, programme, gathering);
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            @Valid @ModelAttribute("form") GatheringForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = access.manage(user, programmeId);
        Gathering gathering = gatherings.get(programmeId, id);
        rejectEndBeforeStart(form, result);
        if (FormSubmission.run(
                result, model, response, () -> gatherings.update(programmeId, id, form.version(), form.toData()))) {
            return saved(programmeId, id, "flash.saved", redirect);
        }
        return formView(model, programme, gathering);
    }

    @PostMapping("/{id}/delete")
    String delete(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @PathVariable long id,
            RedirectAttributes redirect) {
        access.manage(user, programmeId);
        gatherings.delete(programmeId, id);
        redirect.addFlashAttribute("flash", "gathering.deleted");
        return "redirect:/programmes/" + programmeId;
    }

    /** Back to the programme, saying so when the saved gathering clashes or lacks facilitators. */
    private String saved(long programmeId, long gatheringId, String flash, RedirectAttributes redirect) {
        boolean warned = !gatherings.warningsOf(programmeId, gatheringId).isEmpty();
        if (warned) {
            redirect.addFlashAttribute("flashWarning", "gathering.saved.withWarnings");
        } else {
            redirect.addFlashAttribute("flash", flash);
        }
        return "redirect:/programmes/" + programmeId;
    }

    private static void rejectEndBeforeStart(GatheringForm form, BindingResult result) {
        if (form != null && form.endsBeforeItStarts()) {
            result.rejectValue("endTime", "gathering.endTime.beforeStart");
        }
    }

    private String formView(Model model, Programme programme, Gathering gathering) {
        model.addAttribute("programme", programme);
        model.addAttribute("gathering", gathering);
        model.addAttribute("formats", GatheringFormat.values());
        model.addAttribute("facilitatorChoices", accounts.peopleWithRole(Role.COORDINATOR));
        model.addAttribute(
                "warnings",
                gathering == null ? List.of() : gatherings.warningsOf(programme.getId(), gathering.getId()));
        return "gathering/gathering-form";
    }
}
