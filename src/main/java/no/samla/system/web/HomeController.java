package no.samla.system.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.samla.system.QueryPlans;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    HomeController(
            List<HomeSection> sections, PlatformTransactionManager transactions, QueryPlans plans, JdbcTemplate jdbc) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .toList();
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.plans = plans;
        this.jdbc = jdbc;
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        // The sections read in one transaction, on one connection: a leader's start page asks a dozen modules, and a
        // transaction each cost more than their queries (about 24 transactions for under 2 ms of SQL). Their reads go
        // out together: first every section's own, then those that needed an answer of the first (the panels of the
        // leader's current programme).
        List<HomeSection.Content> contents = user == null || TRUST.isAnonymous(user)
                ? List.of()
                : reading.execute(status -> {
                    plans.planOnceForAnyReader();
                    ReadBatch reads = ReadBatch.queued(jdbc);
                    List<Deferred<Optional<HomeSection.Content>>> asked = sections.stream()
                            .map(section -> section.content(user, reads))
                            .toList();
                    reads.run();
                    return asked.stream()
                            .map(Deferred::get)
                            .flatMap(Optional::stream)
                            .toList();
                });
        model.addAttribute("sections", contents);
        return "home";
    }
}
