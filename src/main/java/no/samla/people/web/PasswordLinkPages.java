package no.samla.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import no.samla.people.PasswordLink;
import no.samla.people.PasswordPolicy;
import no.samla.people.SignedInSessions;
import no.samla.people.internal.SignInLimits;
import no.samla.system.NotFoundException;
import no.samla.system.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a one-time password link opens, for an invitation and a password reset alike: the form to choose the
 * password, a 404 page that says what to do for a link that is unknown, used or expired, 429 for an address that has
 * tried too many of those, and once the password is chosen, every session of the account ended and the login page.
 */
@Component
class PasswordLinkPages {

    /** What differs between the kinds of link: where they live, their texts, and how a token is looked up and used. */
    record Kind(
            String path,
            String headingKey,
            String leadKey,
            String submitKey,
            String invalidView,
            String doneFlashKey,
            Function<String, Optional<PasswordLink>> find,
            BiFunction<String, String, String> use) {}

    private final SignedInSessions sessions;
    private final SignInLimits limits;

    PasswordLinkPages(SignedInSessions sessions, SignInLimits limits) {
        this.sessions = sessions;
        this.limits = limits;
    }

    String show(Kind kind, String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<PasswordLink> link = open(kind, token, request);
        if (link.isEmpty()) {
            return invalid(kind, response);
        }
        model.addAttribute("form", ChosenPasswordForm.empty());
        return formView(kind, model, token, link.get());
    }

    String submit(
            Kind kind,
            String token,
            ChosenPasswordForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<PasswordLink> link = open(kind, token, request);
        if (link.isEmpty()) {
            return invalid(kind, response);
        }
        if (form != null && !form.repeatedCorrectly()) {
            result.rejectValue("repeatPassword", "password.repeat.mismatch");
        }
        Optional<String> email;
        try {
            email = FormSubmission.attempt(
                    result, model, response, () -> kind.use().apply(token, form.newPassword()));
        } catch (NotFoundException usedMeanwhile) {
            return invalid(kind, response);
        }
        if (email.isEmpty()) {
            return formView(kind, model, token, link.get());
        }
        // Whoever is signed in with the old password, perhaps the one who took it, is signed out.
        sessions.endAll(email.get(), null);
        redirect.addFlashAttribute("flash", kind.doneFlashKey());
        return "redirect:/login";
    }

    /** The link a token opens; an address with too many unknown tokens gets 429 before the token is looked up. */
    private Optional<PasswordLink> open(Kind kind, String token, HttpServletRequest request) {
        if (limits.linksBlocked(request)) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
        }
        Optional<PasswordLink> link = kind.find().apply(token);
        if (link.isEmpty()) {
            limits.linkFailed(request);
        }
        return link;
    }

    private static String formView(Kind kind, Model model, String token, PasswordLink link) {
        model.addAttribute("kind", kind);
        model.addAttribute("action", kind.path() + "/" + token);
        model.addAttribute("link", link);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "people/password-link";
    }

    private static String invalid(Kind kind, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return kind.invalidView();
    }
}
