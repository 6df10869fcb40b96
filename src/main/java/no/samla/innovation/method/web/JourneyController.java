package no.samla.innovation.method.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import no.samla.innovation.method.Journey;
import no.samla.innovation.method.JourneyStep;
import no.samla.innovation.method.Journeys;
import no.samla.innovation.method.MethodTools;
import no.samla.people.SamlaUser;
import no.samla.system.NotFoundException;
import no.samla.system.web.FormSubmission;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User journeys of a case: the list, a journey with its steps, and the forms that create and change them. Every change
 * carries the journey version its page was opened on; a stale one gets the 409 page with the input kept. Access is
 * checked before any input is looked at.
 */
@Controller
@RequestMapping("/innovation-cases/{id}/journeys")
class JourneyController {

    private final MethodTools tools;
    private final Journeys journeys;

    JourneyController(MethodTools tools, Journeys journeys) {
        this.tools = tools;
        this.journeys = journeys;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("tools", tools.reading(user, id));
        model.addAttribute("page", journeys.list(user, id, Pages.of(page, Sort.unsorted())));
        return "innovation/method/journeys";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        model.addAttribute("tools", tools.changing(user, id));
        model.addAttribute("form", JourneyForm.empty());
        return "innovation/method/journey-form";
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") JourneyForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("tools", tools.changing(user, id));
        return FormSubmission.attempt(
                        result, model, response, () -> journeys.create(user, id, form.title(), form.persona()))
                .map(journey -> {
                    redirect.addFlashAttribute("flash", "method.journey.created");
                    return "redirect:/innovation-cases/" + id + "/journeys/" + journey.getId();
                })
                .orElse("innovation/method/journey-form");
    }

    @GetMapping("/{journeyId}")
    String show(
            @AuthenticationPrincipal SamlaUser user, @PathVariable long id, @PathVariable long journeyId, Model model) {
        Journey journey = journeys.get(user, id, journeyId);
        model.addAttribute("form", JourneyStepForm.empty(journey));
        return journeyView(user, id, journey, model);
    }

    @GetMapping("/{journeyId}/edit")
    String editForm(
            @AuthenticationPrincipal SamlaUser user, @PathVariable long id, @PathVariable long journeyId, Model model) {
        model.addAttribute("tools", tools.changing(user, id));
        Journey journey = journeys.get(user, id, journeyId);
        model.addAttribute("journey", journey);
        model.addAttribute("form", JourneyForm.of(journey));
        return "innovation/method/journey-form";
    }

    @PostMapping("/{journeyId}/edit")
    String edit(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long journeyId,
            @Valid @ModelAttribute("form") JourneyForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("tools", tools.changing(user, id));
        model.addAttribute("journey", journeys.get(user, id, journeyId));
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> journeys.describe(user, id, journeyId, form.version(), form.title(), form.persona()))) {
            redirect.addFlashAttribute("flash", "method.journey.saved");
            return "redirect:/innovation-cases/" + id + "/journeys/" + journeyId;
        }
        return "innovation/method/journey-form";
    }

    @PostMapping("/{journeyId}/delete")
    String delete(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long journeyId,
            RedirectAttributes redirect) {
        journeys.delete(user, id, journeyId);
        redirect.addFlashAttribute("flash", "method.journey.deleted");
        return "redirect:/innovation-cases/" + id + "/journeys";
    }

    @PostMapping("/{journeyId}/steps")
    String addStep(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long journeyId,
            @Valid @ModelAttribute("form") JourneyStepForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        tools.changing(user, id);
        form.checkRules(result);
        if (FormSubmission.run(
                result, model, response, () -> journeys.addStep(user, id, journeyId, form.version(), form.data()))) {
            redirect.addFlashAttribute("flash", "method.step.added");
            return "redirect:/innovation-cases/" + id + "/journeys/" + journeyId + "#steps";
        }
        return journeyView(user, id, journeys.get(user, id, journeyId), model);
    }

    @GetMapping("/{journeyId}/steps/{stepId}/edit")
    String stepForm(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long journeyId,
            @PathVariable long stepId,
            Model model) {
        model.addAttribute("tools", tools.changing(user, id));
        Journey journey = journeys.get(user, id, journeyId);
        model.addAttribute("form", JourneyStepForm.of(journey, stepOf(journey, stepId)));
        return stepView(journey, stepId, model);
    }

    @PostMapping("/{journeyId}/steps/{stepId}/edit")
    String editStep(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long journeyId,
            @PathVariable long stepId,
            @Valid @ModelAttribute("form") JourneyStepForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("tools", tools.changing(user, id));
        Journey journey = journeys.get(user, id, journeyId);
        stepOf(journey, stepId);
        form.checkRules(result);
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> journeys.changeStep(user, id, journeyId, stepId, form.version(), form.data()))) {
            redirect.addFlashAttribute("flash", "method.step.saved");
            return "redirect:/innovation-cases/" + id + "/journeys/" + journeyId + "#step-" + stepId;
        }
        return stepView(journey, stepId, model);
    }

    @PostMapping("/{journeyId}/steps/{stepId}/move")
    String moveStep(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long journeyId,
            @PathVariable long stepId,
            @RequestParam(defaultValue = "up") String direction,
            @RequestParam(required = false) Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return stepButton(
                user,
                id,
                journeyId,
                stepId,
                version,
                model,
                response,
                redirect,
                "method.step.moved",
                () -> journeys.moveStep(user, id, journeyId, stepId, version, "up".equals(direction)));
    }

    @PostMapping("/{journeyId}/steps/{stepId}/delete")
    String deleteStep(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @PathVariable long journeyId,
            @PathVariable long stepId,
            @RequestParam(required = false) Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return stepButton(
                user,
                id,
                journeyId,
                stepId,
                version,
                model,
                response,
                redirect,
                "method.step.deleted",
                () -> journeys.removeStep(user, id, journeyId, stepId, version));
    }

    /**
     * A button on a step (move, delete): done and back to the journey, or, when the journey changed since the page was
     * opened, the journey as it is now with the conflict explained.
     */
    private String stepButton(
            SamlaUser user,
            long id,
            long journeyId,
            long stepId,
            Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String flash,
            Runnable change) {
        tools.changing(user, id);
        stepOf(journeys.get(user, id, journeyId), stepId);
        if (version == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } else {
            BindingResult none = new BeanPropertyBindingResult(new Object(), "button");
            if (FormSubmission.run(none, model, response, change)) {
                redirect.addFlashAttribute("flash", flash);
                return "redirect:/innovation-cases/" + id + "/journeys/" + journeyId + "#steps";
            }
            model.addAttribute("staleButton", true);
        }
        Journey current = journeys.get(user, id, journeyId);
        model.addAttribute("form", JourneyStepForm.empty(current));
        return journeyView(user, id, current, model);
    }

    private String journeyView(SamlaUser user, long id, Journey journey, Model model) {
        model.addAttribute("tools", tools.reading(user, id));
        model.addAttribute("journey", journey);
        return "innovation/method/journey";
    }

    private static String stepView(Journey journey, long stepId, Model model) {
        model.addAttribute("journey", journey);
        model.addAttribute("step", stepOf(journey, stepId));
        return "innovation/method/step-form";
    }

    private static JourneyStep stepOf(Journey journey, long stepId) {
        return journey.getSteps().stream()
                .filter(step -> step.getId() == stepId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("JourneyStep", stepId));
    }
}
