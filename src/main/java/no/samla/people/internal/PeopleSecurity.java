package no.samla.people.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

/** Access rules of the people module: people and accounts are the admin's; one's own password is everyone's. */
@Component
class PeopleSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/people", "/admin/people/**", "/admin/accounts", "/admin/accounts/**")
                .hasRole("ADMIN");
        rules.requestMatchers("/account/**").authenticated();
    }

    @Override
    public void configure(HttpSecurity http) {
        http.addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class);
    }
}
