package no.samla.journal.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The log entry pages are for anyone signed in: leaders write entries, and coaches, coordinators and group members
 * read those shared with them. Which entry a person may read is decided per entry by the journal facade.
 */
@Component
class JournalSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/journal", "/journal/**").authenticated();
    }
}
