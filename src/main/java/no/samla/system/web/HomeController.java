package no.samla.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what Samla is for the anonymous visitor, the way in for everyone signed in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
