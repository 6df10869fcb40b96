package no.samla.people.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the form's POST. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "logout", required = false) String logout,
            Model model) {
        model.addAttribute("loginFailed", error != null && !"throttled".equals(error));
        model.addAttribute("loginThrottled", "throttled".equals(error));
        model.addAttribute("loggedOut", logout != null);
        return "people/login";
    }
}
