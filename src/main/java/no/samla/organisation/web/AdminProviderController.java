package no.samla.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import no.samla.organisation.Organisations;
import no.samla.organisation.ProviderKind;
import no.samla.organisation.ProviderOrganisation;
import no.samla.system.web.FormSubmission;
import no.samla.system.web.Pages;
import org.springframework.data.domain.Sort;
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

/** The admin's provider organisations: list, add, edit. */
@Controller
@RequestMapping("/admin/organisations")
class AdminProviderController {

    private final Organisations organisations;

    AdminProviderController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", organisations.searchProviders(q, Pages.of(page, Sort.by("name"))));
        return "organisation/providers";
    }

    @GetMapping("/new")
    String newProvider(Model model) {
        model.addAttribute("form", ProviderForm.empty());
        return formView(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ProviderForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.attempt(result, model, response, () -> organisations.createProvider(form.toData()))
                .map(provider -> {
                    redirect.addFlashAttribute("flash", "flash.created");
                    return "redirect:/admin/organisations/" + provider.getId();
                })
                .orElseGet(() -> formView(model, null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        ProviderOrganisation provider = organisations.getProvider(id);
        model.addAttribute("form", ProviderForm.of(provider));
        return formView(model, provider);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProviderForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ProviderOrganisation provider = organisations.getProvider(id);
        if (FormSubmission.run(
                result, model, response, () -> organisations.updateProvider(id, form.version(), form.toData()))) {
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/organisations/" + id;
        }
        return formView(model, provider);
    }

    private String formView(Model model, ProviderOrganisation provider) {
        model.addAttribute("provider", provider);
        model.addAttribute("kinds", ProviderKind.values());
        return "organisation/provider";
    }
}
