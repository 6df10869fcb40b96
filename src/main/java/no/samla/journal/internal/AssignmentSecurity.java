package no.samla.journal.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A leader's own assignments are for anyone signed in; which assignment they may mark done is decided per object by
 * the assignments facade (only its recipients find it). The coordinators' pages sit under the programme pages' rules.
 */
@Component
class AssignmentSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/assignments", "/assignments/**").authenticated();
    }
}
