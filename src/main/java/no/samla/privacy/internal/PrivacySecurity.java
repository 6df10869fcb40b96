package no.samla.privacy.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access rules of the privacy module: everyone signed in reads their own data; only the admin handles another
 * person's export or erasure and the retention rules. A municipality admin sees counts, never a leader's writing, so
 * asks the admin.
 */
@Component
class PrivacySecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/account/my-data", "/account/my-data/**").authenticated();
        rules.requestMatchers(
                        "/admin/people/*/personal-data",
                        "/admin/people/*/personal-data/**",
                        "/admin/retention",
                        "/admin/retention/**")
                .hasRole("ADMIN");
    }
}
