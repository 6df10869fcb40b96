package no.samla.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import no.samla.people.PasswordResets;
import no.samla.people.internal.SignInLimits;
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
 * "Forgot your password?": ask for a link by e-mail, then choose a new password through it. The answer to a request
 * is the same whether or not the address has an account, and requests are limited per address and per e-mail. The
 * link's page is an invitation's ({@link PasswordLinkPages}).
 */
@Controller
class PasswordResetController {

    private final PasswordResets resets;
    private final SignInLimits limits;
    private final PasswordLinkPages pages;
    private final PasswordLinkPages.Kind kind;

    PasswordResetController(PasswordResets resets, SignInLimits limits, PasswordLinkPages pages) {
        this.resets = resets;
        this.limits = limits;
        this.pages = pages;
        this.kind = new PasswordLinkPages.Kind(
                "/password-reset",
                "password.reset.choose.title",
                null,
                "password.reset.choose.submit",
                "people/password-reset-invalid",
                "password.reset.done",
                resets::find,
                resets::reset);
    }

    @GetMapping("/password-reset")
    String requestForm(Model model) {
        model.addAttribute("form", PasswordResetRequestForm.empty());
        return "people/password-reset-request";
    }

    @PostMapping("/password-reset")
    String request(
            @Valid @ModelAttribute("form") PasswordResetRequestForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && !limits.resetRequestAllowed(request, form.email())) {
            result.rejectValue("email", "password.reset.tooMany");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "people/password-reset-request";
        }
        if (!FormSubmission.run(result, model, response, () -> resets.request(form.email(), locale))) {
            return "people/password-reset-request";
        }
        redirect.addFlashAttribute("email", form.email().strip());
        return "redirect:/password-reset/sent";
    }

    @GetMapping("/password-reset/sent")
    String sent(Model model) {
        model.addAttribute("minutes", PasswordResets.VALID_FOR.toMinutes());
        return "people/password-reset-sent";
    }

    @GetMapping("/password-reset/{token}")
    String form(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        return pages.show(kind, token, model, request, response);
    }

    @PostMapping("/password-reset/{token}")
    String reset(
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
