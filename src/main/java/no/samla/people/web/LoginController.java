package no.samla.people.web;

import no.samla.people.SignInProviders;
import no.samla.people.SingleSignOnRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the form's POST and the way through an organisation's provider. */
@Controller
class LoginController {

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
                SingleSignOnRefusal.fromParameter(singleSignOn)
                        .map(SingleSignOnRefusal::parameter)
                        .orElse(null));
        model.addAttribute("signInChoices", providers.loginChoices());
        return "people/login";
    }
}
