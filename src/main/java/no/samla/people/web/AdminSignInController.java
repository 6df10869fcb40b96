package no.samla.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import no.samla.organisation.Organisations;
import no.samla.people.SignInProvider;
import no.samla.people.SignInProviderKind;
import no.samla.people.SignInProviders;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The admin's single sign-on settings: which organisation signs in with which OpenID Connect provider. */
@Controller
@RequestMapping("/admin/sign-in")
class AdminSignInController {

    private final SignInProviders providers;
    private final Organisations organisations;

    AdminSignInController(SignInProviders providers, Organisations organisations) {
        this.providers = providers;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", providers.page(Pages.of(page, Sort.unsorted())));
        return "people/admin/sign-in-providers";
    }

    @GetMapping("/new")
    String newProvider(Model model) {
        model.addAttribute("form", SignInProviderForm.empty());
        return formView(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") SignInProviderForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        form.check(result, true);
        return FormSubmission.attempt(result, model, response, () -> providers.create(form.toData()))
                .map(provider -> {
                    redirect.addFlashAttribute("flash", "flash.created");
                    return "redirect:/admin/sign-in/" + provider.getId();
                })
                .orElseGet(() -> formView(model, null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        SignInProvider provider = providers.get(id);
        model.addAttribute("form", SignInProviderForm.of(provider));
        return formView(model, provider);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SignInProviderForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SignInProvider provider = providers.get(id);
        form.check(result, false);
        if (FormSubmission.run(result, model, response, () -> providers.update(id, form.version(), form.toData()))) {
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/sign-in/" + id;
        }
        return formView(model, provider);
    }

    private String formView(Model model, SignInProvider provider) {
        model.addAttribute("provider", provider);
        // What the admin registers at the provider as this installation's redirect address.
        model.addAttribute(
                "redirectUri",
                provider == null
                        ? null
                        : ServletUriComponentsBuilder.fromCurrentContextPath()
                                .path("/login/oauth2/code/" + provider.registrationId())
                                .toUriString());
        model.addAttribute("kinds", SignInProviderKind.values());
        model.addAttribute("municipalities", organisations.allMunicipalities());
        model.addAttribute("providerOrganisations", organisations.allProviders());
        model.addAttribute("municipalityPrefix", SignInProviderForm.MUNICIPALITY);
        model.addAttribute("providerPrefix", SignInProviderForm.PROVIDER);
        return "people/admin/sign-in-provider";
    }
}
