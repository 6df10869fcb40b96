package no.samla.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import no.samla.people.Invitations;
import no.samla.people.Invitations.PendingInvitation;
import no.samla.people.PasswordPolicy;
import no.samla.people.SignedInSessions;
import no.samla.system.NotFoundException;
import no.samla.system.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an invitation link opens, for anyone who has the link: choose a password, and the account
 * can be used. A link that is unknown, used or expired gets a 404 page that says what to do.
 */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final SignedInSessions sessions;

    InvitationController(Invitations invitations, SignedInSessions sessions) {
        this.invitations = invitations;
        this.sessions = sessions;
    }

    @ModelAttribute("minLength")
    int minLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    @GetMapping("/invitation/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<PendingInvitation> invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("form", InvitationForm.empty());
        return formView(model, token, invitation.get());
    }

    @PostMapping("/invitation/{token}")
    String accept(
            @PathVariable String token,
            @Valid @ModelAttribute("form") InvitationForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<PendingInvitation> invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            return invalid(response);
        }
        if (form != null && !form.repeatedCorrectly()) {
            result.rejectValue("repeatPassword", "password.repeat.mismatch");
        }
        boolean accepted;
        try {
            accepted = FormSubmission.run(result, model, response, () -> invitations.accept(token, form.newPassword()));
        } catch (NotFoundException usedMeanwhile) {
            return invalid(response);
        }
        if (!accepted) {
            return formView(model, token, invitation.get());
        }
        // A link can also set a new password for an account in use: its sessions end with the old password.
        sessions.endAll(invitation.get().email(), null);
        redirect.addFlashAttribute("flash", "invitation.accepted");
        return "redirect:/login";
    }

    private static String formView(Model model, String token, PendingInvitation invitation) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        return "people/invitation";
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "people/invitation-invalid";
    }
}
