package no.samla.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import no.samla.organisation.Municipality;
import no.samla.organisation.Organisations;
import no.samla.people.Role;
import no.samla.people.SamlaUser;
import no.samla.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A municipality's written language (bokmål or nynorsk), in which its leadership platform is printed: kept by the
 * municipality's own admin on a small page, and by the admin from the municipality register. To the admin of another
 * municipality the page does not exist.
 */
@Controller
class WrittenLanguageController {

    private final Organisations organisations;

    WrittenLanguageController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/municipalities/{municipalityId}/written-language")
    String show(@AuthenticationPrincipal SamlaUser user, @PathVariable long municipalityId, Model model) {
        model.addAttribute("municipality", keptBy(user, municipalityId));
        model.addAttribute("languages", Organisations.WRITTEN_LANGUAGES);
        return "platform/written-language";
    }

    @PostMapping("/municipalities/{municipalityId}/written-language")
    String save(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long municipalityId,
            @RequestParam(required = false) String language,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Municipality municipality = keptBy(user, municipalityId);
        if (!Organisations.WRITTEN_LANGUAGES.contains(language)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("municipality", municipality);
            model.addAttribute("languages", Organisations.WRITTEN_LANGUAGES);
            model.addAttribute("flashError", "platform.language.choose");
            return "platform/written-language";
        }
        organisations.changeWrittenLanguage(municipalityId, language);
        redirect.addFlashAttribute("flash", "platform.language.saved");
        return "redirect:/municipalities/" + municipalityId + "/written-language";
    }

    /** From the municipality register; the URL rule lets only the admin in. */
    @PostMapping("/admin/municipalities/{municipalityId}/written-language")
    String saveAsAdmin(
            @PathVariable long municipalityId,
            @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect) {
        organisations.findMunicipality(municipalityId).orElseThrow(() -> notFound(municipalityId));
        if (Organisations.WRITTEN_LANGUAGES.contains(language)) {
            organisations.changeWrittenLanguage(municipalityId, language);
            redirect.addFlashAttribute("flash", "platform.language.saved");
        } else {
            redirect.addFlashAttribute("flashError", "platform.language.choose");
        }
        redirect.addAttribute("q", q);
        redirect.addAttribute("page", page);
        return "redirect:/admin/municipalities";
    }

    private Municipality keptBy(SamlaUser user, long municipalityId) {
        boolean keeps = user.hasRole(Role.ADMIN)
                || user.administeredMunicipalityId()
                        .filter(own -> own == municipalityId)
                        .isPresent();
        if (!keeps) {
            throw notFound(municipalityId);
        }
        return organisations.findMunicipality(municipalityId).orElseThrow(() -> notFound(municipalityId));
    }

    private static NotFoundException notFound(long municipalityId) {
        return new NotFoundException("Municipality", municipalityId);
    }
}
