package no.samla.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import no.samla.people.SamlaUser;
import no.samla.platform.Platforms;
import no.samla.programme.Enrolments;
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

/** The programme's tab "Lederplattform": its platforms, and for its coordinators the form that starts one. */
@Controller
@RequestMapping("/programmes/{id}/platform")
class ProgrammePlatformController {

    private final Platforms platforms;
    private final ProgrammeAccess access;
    private final Enrolments enrolments;

    ProgrammePlatformController(Platforms platforms, ProgrammeAccess access, Enrolments enrolments) {
        this.platforms = platforms;
        this.access = access;
        this.enrolments = enrolments;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SamlaUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", CreateForm.empty());
        return page(user, id, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SamlaUser user,
            @PathVariable long id,
            @ModelAttribute("form") CreateForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        access.manage(user, id);
        return FormSubmission.attempt(result, model, response, () -> platforms.create(user, id, form.municipalityId()))
                .map(platform -> {
                    redirect.addFlashAttribute("flash", "platform.created");
                    return "redirect:/platforms/" + platform.getId();
                })
                .orElseGet(() -> page(user, id, model));
    }

    private String page(SamlaUser user, long id, Model model) {
        Programme programme = access.view(user, id);
        model.addAttribute("programme", programme);
        model.addAttribute("platforms", platforms.list(user, id));
        boolean manages = access.canManage(user, programme);
        model.addAttribute("manages", manages);
        if (manages) {
            model.addAttribute("municipalities", enrolments.municipalities(id, null));
        }
        return "platform/programme";
    }
}
