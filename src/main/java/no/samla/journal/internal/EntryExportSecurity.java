package no.samla.journal.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The export of a leader's own log entries and development project is for anyone signed in; which programmes they
 * may export from (those they take part in as a participant) is decided by the export itself.
 */
@Component
class EntryExportSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/journal-export", "/journal-export/**").authenticated();
    }
}
