package no.samla.innovation.benefit.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import no.samla.innovation.InnovationCase;
import no.samla.innovation.benefit.Benefit;
import no.samla.innovation.benefit.BenefitNumbers;
import no.samla.innovation.benefit.BenefitPage;
import no.samla.innovation.benefit.BenefitType;
import no.samla.innovation.benefit.Benefits;
import no.samla.innovation.benefit.Frequency;
import no.samla.innovation.benefit.Measurement;
import no.samla.people.SamlaUser;
import no.samla.system.web.FormSubmission;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
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
 * Benefits of an innovation case: a benefit's page with its chart and measurements, its form, deleting it, and
 * recording, changing and deleting measurements; and the programme's overview of all its benefits. Access is checked
 * before any input is looked at.
 */
@Controller
class BenefitController {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String CASE = "/innovation-cases/{caseId}/benefits";

    private final Benefits benefits;
    private final BenefitNumbers numbers;
    private final Clock clock;

    BenefitController(Benefits benefits, BenefitNumbers numbers, Clock clock) {
        this.benefits = benefits;
        this.numbers = numbers;
        this.clock = clock;
    }

    @GetMapping("/innovation/{programmeId}/benefits")
    String overview(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long programmeId,
            @RequestParam(required = false) Long municipality,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "overview", benefits.overview(user, programmeId, municipality, Pages.of(page, Sort.unsorted())));
        return "innovation/benefit/overview";
    }

    @GetMapping(CASE + "/new")
    String newForm(@AuthenticationPrincipal SamlaUser user, @PathVariable long caseId, Model model) {
        InnovationCase c = benefits.editableCase(user, caseId);
        model.addAttribute("form", BenefitForm.empty(user.personId(), today()));
        return formView(model, c, null);
    }

    @PostMapping(CASE + "/new")
    String create(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long caseId,
            @Valid @ModelAttribute("form") BenefitForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        InnovationCase c = benefits.editableCase(user, caseId);
        form.checkRules(result);
        reject(result, benefits.problems(c, form.data(), null));
        return FormSubmission.attempt(result, model, response, () -> benefits.create(user, caseId, form.data()))
                .map(id -> {
                    redirect.addFlashAttribute("flash", "benefit.created");
                    return "redirect:/innovation-cases/" + caseId + "/benefits/" + id;
                })
                .orElseGet(() -> formView(model, c, null));
    }

    @GetMapping(CASE + "/{benefitId}")
    String show(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long caseId,
            @PathVariable long benefitId,
            Model model) {
        return pageView(model, benefits.page(user, caseId, benefitId));
    }

    @GetMapping(CASE + "/{benefitId}/edit")
    String editForm(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long caseId,
            @PathVariable long benefitId,
            Model model) {
        InnovationCase c = benefits.editableCase(user, caseId);
        Benefit benefit = benefits.editable(user, caseId, benefitId);
        model.addAttribute("form", BenefitForm.of(benefit, numbers));
        return formView(model, c, benefit);
    }

    @PostMapping(CASE + "/{benefitId}/edit")
    String edit(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long caseId,
            @PathVariable long benefitId,
            @Valid @ModelAttribute("form") BenefitForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        InnovationCase c = benefits.editableCase(user, caseId);
        Benefit benefit = benefits.editable(user, caseId, benefitId);
        form.checkRules(result);
        if (form.version() != null && form.version() == benefit.getVersion()) {
            reject(result, benefits.problems(c, form.data(), benefit));
        }
        if (FormSubmission.run(
                result, model, response, () -> benefits.update(user, caseId, benefitId, form.version(), form.data()))) {
            redirect.addFlashAttribute("flash", "benefit.saved");
            return "redirect:/innovation-cases/" + caseId + "/benefits/" + benefitId;
        }
        return formView(model, c, benefit);
    }

    @PostMapping(CASE + "/{benefitId}/delete")
    String delete(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long caseId,
            @PathVariable long benefitId,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        benefits.editable(user, caseId, benefitId);
        if (!confirm) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("confirmMissing", true);
            return pageView(model, benefits.page(user, caseId, benefitId));
        }
        benefits.delete(user, caseId, benefitId);
        redirect.addFlashAttribute("flash", "benefit.deleted");
        return "redirect:/innovation-cases/" + caseId + "#benefits";
    }

    @GetMapping(CASE + "/{benefitId}/measurements/new")
    String newMeasurement(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long caseId,
            @PathVariable long benefitId,
            Model model) {
        Benefit benefit = benefits.editable(user, caseId, benefitId);
        model.addAttribute("form", MeasurementForm.empty(today()));
        return measurementView(model, benefit, null);
    }

    @PostMapping(CASE + "/{benefitId}/measurements/new")
    String record(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long caseId,
            @PathVariable long benefitId,
            @Valid @ModelAttribute("form") MeasurementForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Benefit benefit = benefits.editable(user, caseId, benefitId);
        form.checkRules(result);
        reject(result, benefits.measurementProblems(benefit, form.data()));
        if (FormSubmission.run(result, model, response, () -> benefits.record(user, caseId, benefitId, form.data()))) {
            redirect.addFlashAttribute("flash", "benefit.measurement.recorded");
            return "redirect:/innovation-cases/" + caseId + "/benefits/" + benefitId + "#measurements";
        }
        return measurementView(model, benefit, null);
    }

    @GetMapping(CASE + "/{benefitId}/measurements/{measurementId}/edit")
    String editMeasurementForm(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long caseId,
            @PathVariable long benefitId,
            @PathVariable long measurementId,
            Model model) {
        Measurement measurement = benefits.changeableMeasurement(user, caseId, benefitId, measurementId);
        model.addAttribute("form", MeasurementForm.of(measurement, numbers));
        return measurementView(model, benefits.editable(user, caseId, benefitId), measurement);
    }

    @PostMapping(CASE + "/{benefitId}/measurements/{measurementId}/edit")
    String editMeasurement(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long caseId,
            @PathVariable long benefitId,
            @PathVariable long measurementId,
            @Valid @ModelAttribute("form") MeasurementForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Measurement measurement = benefits.changeableMeasurement(user, caseId, benefitId, measurementId);
        Benefit benefit = benefits.editable(user, caseId, benefitId);
        form.checkRules(result);
        reject(result, benefits.measurementProblems(benefit, form.data()));
        if (FormSubmission.run(
                result,
                model,
                response,
                () -> benefits.updateMeasurement(
                        user, caseId, benefitId, measurementId, form.version(), form.data()))) {
            redirect.addFlashAttribute("flash", "benefit.measurement.saved");
            return "redirect:/innovation-cases/" + caseId + "/benefits/" + benefitId + "#measurements";
        }
        return measurementView(model, benefit, measurement);
    }

    @PostMapping(CASE + "/{benefitId}/measurements/{measurementId}/delete")
    String deleteMeasurement(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long caseId,
            @PathVariable long benefitId,
            @PathVariable long measurementId,
            RedirectAttributes redirect) {
        benefits.deleteMeasurement(user, caseId, benefitId, measurementId);
        redirect.addFlashAttribute("flash", "benefit.measurement.deleted");
        return "redirect:/innovation-cases/" + caseId + "/benefits/" + benefitId + "#measurements";
    }

    private String pageView(Model model, BenefitPage page) {
        model.addAttribute("page", page);
        model.addAttribute("c", page.innovationCase());
        model.addAttribute("b", page.benefit());
        return "innovation/benefit/show";
    }

    private String formView(Model model, InnovationCase c, Benefit existing) {
        model.addAttribute("c", c);
        model.addAttribute("existing", existing);
        model.addAttribute("owners", benefits.ownerChoices(c, existing == null ? null : existing.getOwnerPersonId()));
        model.addAttribute("types", BenefitType.values());
        model.addAttribute("frequencies", Frequency.values());
        return "innovation/benefit/form";
    }

    private String measurementView(Model model, Benefit benefit, Measurement existing) {
        model.addAttribute("b", benefit);
        model.addAttribute("existing", existing);
        return "innovation/benefit/measurement";
    }

    private static void reject(BindingResult result, Map<String, String> problems) {
        problems.forEach((field, key) -> {
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, key);
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }
}
