package no.samla.organisation.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Access rules of the organisation module: the admin manages organisations and reads the register. */
@Component
class OrganisationSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/organisations", "/admin/organisations/**", "/admin/municipalities")
                .hasRole("ADMIN");
    }
}
