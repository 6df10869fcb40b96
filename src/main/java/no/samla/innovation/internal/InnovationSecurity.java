package no.samla.innovation.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Innovation boards and cases are for anyone signed in at the URL level: leaders reach them as participants,
 * coordinators and municipality admins through the programme. Which programme's board and which case each person may
 * see or change is decided per object by InnovationCases ("not found" for the rest).
 */
@Component
class InnovationSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/innovation", "/innovation/**", "/innovation-cases/**")
                .authenticated();
    }
}
