package no.samla.people.internal;

import no.samla.audit.Actor;
import no.samla.audit.AuditTrail;
import no.samla.people.SamlaUser;
import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * Access rules of the people module: people and accounts are the admin's; one's own password is everyone's;
 * an invitation or password reset link is open to whoever has it (the token is the secret), and so is asking for a
 * reset link.
 */
@Component
class PeopleSecurity implements SecurityContribution {

    private final SignInLimits limits;
    private final SingleSignOn singleSignOn;
    private final AuditTrail audit;

    PeopleSecurity(SignInLimits limits, SingleSignOn singleSignOn, AuditTrail audit) {
        this.limits = limits;
        this.singleSignOn = singleSignOn;
        this.audit = audit;
    }

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(
                        "/admin/people",
                        "/admin/people/**",
                        "/admin/accounts",
                        "/admin/accounts/**",
                        "/admin/sign-in",
                        "/admin/sign-in/**")
                .hasRole("ADMIN");
        rules.requestMatchers("/account/**").authenticated();
        rules.requestMatchers("/invitation/**", "/password-reset", "/password-reset/**")
                .permitAll();
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        singleSignOn.configure(http);
        http.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof SamlaUser user) {
                audit.signedOut(Actor.of(user));
            }
        }));
        http.addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class);
        http.addFilterBefore(new SignInThrottle(limits), UsernamePasswordAuthenticationFilter.class);
    }
}
