package no.samla.platform.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Platforms are for anyone signed in; who sees, edits or comments on which one is decided per platform by the
 * Platforms facade. A municipality's written language is kept by municipality admins (their own) and the admin.
 */
@Component
class PlatformSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/platforms/**").authenticated();
        rules.requestMatchers("/municipalities/*/written-language").hasAnyRole("ADMIN", "MUNICIPALITY_ADMIN");
        rules.requestMatchers("/admin/municipalities/*/written-language").hasRole("ADMIN");
    }
}
