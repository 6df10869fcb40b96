package no.samla.system.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: what Samla is for the anonymous visitor, the way in for everyone signed in, and the sections the
 * modules contribute for the signed-in user.
 */
@Controller
class HomeController {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final List<HomeSection> sections;

    HomeController(List<HomeSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .toList();
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        List<HomeSection.Content> contents = user == null || TRUST.isAnonymous(user)
                ? List.of()
                : sections.stream()
                        .map(section -> section.content(user))
                        .flatMap(Optional::stream)
                        .toList();
        model.addAttribute("sections", contents);
        return "home";
    }
}
