package no.samla.coaching.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Coaching and development projects are for anyone signed in: leaders, and coaches of any role. Who sees which
 * session, slot or project is decided per object by the coaching facades (the person's own, or shared with them).
 */
@Component
class CoachingSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/coaching", "/coaching/**", "/development-project", "/development-project/**")
                .authenticated();
    }
}
