package no.samla.programme.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access rules of the programme pages: coordinators, municipality admins and the admin. Which programme
 * each of them may see or change is decided per programme by ProgrammeAccess. A leader's own programme page is
 * open to everyone signed in and finds only the programmes they take part in as a participant.
 */
@Component
class ProgrammeSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/programmes/templates", "/programmes/templates/**", "/programmes/new")
                .hasAnyRole("ADMIN", "COORDINATOR");
        // A leader's own programme page; ProgrammeAccess-like checks in the page say "not found" to everyone else.
        rules.requestMatchers("/my-programme/**").authenticated();
        rules.requestMatchers("/programmes", "/programmes/**").hasAnyRole("ADMIN", "COORDINATOR", "MUNICIPALITY_ADMIN");
    }
}
