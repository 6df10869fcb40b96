package no.samla.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import no.samla.people.Invitations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an invitation link opens, for anyone who has the link: choose a password, and the account can be used. A
 * link that is unknown, used or expired gets a 404 page that says what to do.
 */
@Controller
class InvitationController {

    private final PasswordLinkPages pages;
    private final PasswordLinkPages.Kind kind;

    InvitationController(Invitations invitations, PasswordLinkPages pages) {
        this.pages = pages;
        this.kind = new PasswordLinkPages.Kind(
                "/invitation",
                "invitation.heading",
                "invitation.lead",
                "invitation.submit",
                "people/invitation-invalid",
                "invitation.accepted",
                invitations::find,
                invitations::accept);
    }

    @GetMapping("/invitation/{token}")
    String form(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        return pages.show(kind, token, model, request, response);
    }

    @PostMapping("/invitation/{token}")
    String accept(
            @PathVariable String token,
            @Valid @ModelAttribute("form") ChosenPasswordForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return pages.submit(kind, token, form, result, model, request, response, redirect);
    }
}
