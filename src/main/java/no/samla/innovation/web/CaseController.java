package no.samla.innovation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import no.samla.innovation.CasePage;
import no.samla.innovation.InnovationCase;
import no.samla.innovation.InnovationCases;
import no.samla.innovation.Roadmap;
import no.samla.innovation.benefit.Benefits;
import no.samla.innovation.method.MethodTools;
import no.samla.innovation.spread.CaseSpread;
import no.samla.people.SamlaUser;
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

/**
 * One innovation case: its page with roadmap checklist, timeline and related cases; editing it; working a step;
 * recording a phase change; linking cases; deleting it. Access is checked before any input is looked at.
 */
@Controller
@RequestMapping("/innovation-cases/{id}")
class CaseController {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final InnovationCases cases;
    private final Roadmap roadmap;
    private final Clock clock;
    private final Benefits benefits;
    private final CaseSpread spread;
    private final MethodTools methodTools;

    CaseController(
            InnovationCases cases,
            Roadmap roadmap,
            Clock clock,
            Benefits benefits,
            CaseSpread spread,
            MethodTools methodTools) {
        this.cases = cases;
        this.roadmap = roadmap;
        this.clock = clock;
        this.benefits = benefits;
        this.spread = spread;
        this.methodTools = methodTools;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        model.addAttribute("linkForm", new LinkForm(null));
        return pageView(user, id, model);
    }

    @GetMapping("/edit")
    String editForm(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        InnovationCase c = cases.editable(user, id);
        model.addAttribute("form", CaseForm.of(c));
        return BoardController.formView(model, cases.viewer(user, c.getProgrammeId()), c, cases);
    }

    @PostMapping("/edit")
    String edit(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") CaseForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        InnovationCase c = cases.editable(user, id);
        var viewer = cases.viewer(user, c.getProgrammeId());
        form.checkRules(result, viewer.manager());
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> cases.update(
                        user, id, form.version(), form.data(), viewer.manager() ? form.owner() : null, form.team()))) {
            redirect.addFlashAttribute("flash", "innovation.case.saved");
            return "redirect:/innovation-cases/" + id;
        }
        return BoardController.formView(model, viewer, c, cases);
    }

    @PostMapping("/delete")
    String delete(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, RedirectAttributes redirect) {
        InnovationCase c = cases.visible(user, id);
        cases.delete(user, id);
        redirect.addFlashAttribute("flash", "innovation.case.deleted");
        return "redirect:/innovation/" + c.getProgrammeId();
    }

    @GetMapping("/steps/{stepId}")
    String stepForm(
            @AuthenticationPrincipal SamlaUser user, @PathVariable long id, @PathVariable long stepId, Model model) {
        InnovationCases.StepWork work = cases.stepWork(user, id, stepId);
        model.addAttribute("form", StepForm.of(work.work()));
        model.addAttribute("work", work);
        return "innovation/step";
    }

    @PostMapping("/steps/{stepId}")
    String recordStep(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long stepId,
            @Valid @ModelAttribute("form") StepForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        InnovationCases.StepWork work = cases.stepWork(user, id, stepId);
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> cases.recordStep(
                        user, id, stepId, form.version(), form.isDone(), form.note(), form.evidence()))) {
            redirect.addFlashAttribute("flash", "innovation.step.saved");
            return "redirect:/innovation-cases/" + id + "#phase-" + work.phase().getId();
        }
        model.addAttribute("work", work);
        return "innovation/step";
    }

    @GetMapping("/phase")
    String phaseForm(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        InnovationCase c = cases.editable(user, id);
        model.addAttribute(
                "form", new PhaseForm(null, LocalDate.now(clock.withZone(OSLO)), user.fullName(), "", c.getVersion()));
        return phaseView(model, c);
    }

    @PostMapping("/phase")
    String changePhase(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") PhaseForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        InnovationCase c = cases.editable(user, id);
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> cases.changePhase(
                        user,
                        id,
                        form.version(),
                        form.phaseId(),
                        form.decidedOn(),
                        form.decidedBy(),
                        form.comment()))) {
            redirect.addFlashAttribute("flash", "innovation.phase.changed");
            return "redirect:/innovation-cases/" + id + "#timeline";
        }
        return phaseView(model, c);
    }

    @PostMapping("/links")
    String link(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("linkForm") LinkForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        cases.editable(user, id);
        if (FormSubmission.run(result, model, response, () -> cases.link(user, id, form.caseNumber()))) {
            redirect.addFlashAttribute("flash", "innovation.link.added");
            return "redirect:/innovation-cases/" + id + "#links";
        }
        return pageView(user, id, model);
    }

    @PostMapping("/links/{linkedId}/delete")
    String unlink(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long linkedId,
            RedirectAttributes redirect) {
        cases.unlink(user, id, linkedId);
        redirect.addFlashAttribute("flash", "innovation.link.removed");
        return "redirect:/innovation-cases/" + id + "#links";
    }

    private String pageView(SamlaUser user, long id, Model model) {
        CasePage page = cases.page(user, id);
        model.addAttribute("page", page);
        model.addAttribute("c", page.innovationCase());
        model.addAttribute("programme", page.viewer().programme());
        model.addAttribute("benefits", benefits.ofCase(page.innovationCase()));
        model.addAttribute("methodTools", methodTools.summary(id));
        model.addAttribute("spread", spread.spread(id));
        return "innovation/case";
    }

    private String phaseView(Model model, InnovationCase c) {
        model.addAttribute("c", c);
        model.addAttribute("phases", roadmap.phases());
        return "innovation/phase";
    }
}
