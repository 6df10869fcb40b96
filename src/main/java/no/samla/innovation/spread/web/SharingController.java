package no.samla.innovation.spread.web;

import no.samla.innovation.spread.CaseSpread;
import no.samla.people.SamlaUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A municipality's choice whether its innovation cases are in the library of participants of other programmes and
 * municipalities: kept by that municipality's admin and the admin; to the admin of another municipality the page does
 * not exist.
 */
@Controller
@RequestMapping("/municipalities/{municipalityId}/case-sharing")
class SharingController {

    private final CaseSpread spread;

    SharingController(CaseSpread spread) {
        this.spread = spread;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SamlaUser user, @PathVariable long municipalityId, Model model) {
        model.addAttribute("setting", spread.sharing(user, municipalityId));
        return "innovation/spread/sharing";
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long municipalityId,
            @RequestParam(required = false) String shares,
            RedirectAttributes redirect) {
        // Read after the access check, as a plain word: only "true" shares.
        boolean share = "true".equals(shares);
        spread.share(user, municipalityId, share);
        redirect.addFlashAttribute("flash", share ? "spread.sharing.on" : "spread.sharing.off");
        return "redirect:/municipalities/" + municipalityId + "/case-sharing";
    }
}
