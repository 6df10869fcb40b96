package no.samla.system.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.samla.system.QueryPlans;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final TransactionTemplate reading;
    private final QueryPlans plans;

    HomeController(List<HomeSection> sections, PlatformTransactionManager transactions, QueryPlans plans) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .toList();
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.plans = plans;
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        // The sections read in one transaction, on one connection: a leader's start page asks a dozen modules, and a
        // transaction each cost more than their queries (about 24 transactions for under 2 ms of SQL).
        List<HomeSection.Content> contents = user == null || TRUST.isAnonymous(user)
                ? List.of()
                : reading.execute(status -> {
                    plans.planOnceForAnyReader();
                    return sections.stream()
                            .map(section -> section.content(user))
                            .flatMap(Optional::stream)
                            .toList();
                });
        model.addAttribute("sections", contents);
        return "home";
    }
}
