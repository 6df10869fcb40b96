package no.samla.people.web;

import java.util.Set;
import no.samla.people.SignInProviders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the form's POST and the way through an organisation's provider. */
@Controller
class LoginController {

    /** Why a sign-in through an organisation failed, as the page explains it. */
    private static final Set<String> SINGLE_SIGN_ON_PROBLEMS =
            Set.of("no-account", "unverified", "unavailable", "failed");

    private final SignInProviders providers;

    LoginController(SignInProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "logout", required = false) String logout,
            @RequestParam(name = "sso", required = false) String singleSignOn,
            Model model) {
        model.addAttribute("loginFailed", error != null && !"throttled".equals(error));
        model.addAttribute("loginThrottled", "throttled".equals(error));
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute(
                "singleSignOnProblem",
                singleSignOn != null && SINGLE_SIGN_ON_PROBLEMS.contains(singleSignOn) ? singleSignOn : null);
        model.addAttribute("signInChoices", providers.loginChoices());
        return "people/login";
    }
}
