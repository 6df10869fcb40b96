package no.samla.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import no.samla.people.Accounts;
import no.samla.people.PasswordPolicy;
import no.samla.people.SamlaUser;
import no.samla.people.SignedInSessions;
import no.samla.system.web.FormSubmission;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own password page; also where a one-time password is replaced. */
@Controller
class PasswordController {

    private final Accounts accounts;
    private final SignedInSessions sessions;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    PasswordController(Accounts accounts, SignedInSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @ModelAttribute("minLength")
    int minLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        return "people/password";
    }

    @PostMapping("/account/password")
    String change(
            @AuthenticationPrincipal SamlaUser user,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form != null && !form.repeatedCorrectly()) {
            result.rejectValue("repeatPassword", "password.repeat.mismatch");
        }
        boolean changed = FormSubmission.run(
                result,
                model,
                response,
                () -> accounts.changeOwnPassword(user.accountId(), form.currentPassword(), form.newPassword()));
        if (!changed) {
            return "people/password";
        }
        // Whoever else is signed in with the old password is signed out, on every instance.
        sessions.endAll(user.getUsername(), request.getSession().getId());
        // The session's user must forget that the password had to be changed.
        SamlaUser refreshed = accounts.reload(user.accountId());
        refreshed.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        request.changeSessionId();
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/";
    }
}
