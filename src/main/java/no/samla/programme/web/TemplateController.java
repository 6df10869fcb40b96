package no.samla.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samla.organisation.Organisations;
import no.samla.people.People;
import no.samla.people.Role;
import no.samla.people.SamlaUser;
import no.samla.programme.GatheringSchedule;
import no.samla.programme.Programme;
import no.samla.programme.Programmes;
import no.samla.system.NotFoundException;
import no.samla.system.web.FormSubmission;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Programme templates: the list, and a new programme laid out from one. */
@Controller
@RequestMapping("/programmes/templates")
class TemplateController {

    /** A new programme from a template: its name, provider, first gathering and the rhythm after it. */
    record UseTemplateForm(
            @NotBlank @Size(max = 200) String name,
            @NotNull Long providerId,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate startDate,

            @NotNull @Min(1) @Max(52) Integer weeksBetween) {}

    private final Programmes programmes;
    private final GatheringSchedule gatherings;
    private final Organisations organisations;
    private final People people;
    private final Clock clock;

    TemplateController(
            Programmes programmes,
            GatheringSchedule gatherings,
            Organisations organisations,
            People people,
            Clock clock) {
        this.programmes = programmes;
        this.gatherings = gatherings;
        this.organisations = organisations;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        List<Programme> templates = programmes.templates();
        Map<Long, Long> gatheringCounts =
                gatherings.countsOf(templates.stream().map(Programme::getId).toList());
        model.addAttribute("templates", templates);
        model.addAttribute("gatheringCounts", gatheringCounts);
        return "programme/templates";
    }

    @GetMapping("/{id}/use")
    String useForm(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        Programme template = template(id);
        Long provider = user.hasRole(Role.COORDINATOR) ? people.providerOf(user.personId()) : null;
        model.addAttribute(
                "form",
                new UseTemplateForm(
                        template.getName(),
                        provider,
                        LocalDate.now(clock).plusMonths(2),
                        programmes.weeksBetweenGatherings(template.getId())));
        return useView(model, template);
    }

    @PostMapping("/{id}/use")
    String use(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") UseTemplateForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme template = template(id);
        return FormSubmission.attempt(
                        result,
                        model,
                        response,
                        () -> programmes.createFromTemplate(
                                id,
                                form.name().strip(),
                                form.providerId(),
                                user.personId(),
                                user.hasRole(Role.COORDINATOR),
                                form.startDate(),
                                form.weeksBetween()))
                .map(programme -> {
                    redirect.addFlashAttribute("flash", "flash.created");
                    return "redirect:/programmes/" + programme.getId();
                })
                .orElseGet(() -> useView(model, template));
    }

    private Programme template(long id) {
        return programmes
                .find(id)
                .filter(Programme::isTemplate)
                .orElseThrow(() -> new NotFoundException("Template", id));
    }

    private String useView(Model model, Programme template) {
        model.addAttribute("template", template);
        model.addAttribute("providers", organisations.allProviders());
        return "programme/template-use";
    }
}
