package no.samla.networkgroup.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * "My network group" is for anyone signed in (who sees which meeting is decided per meeting: its group's members and
 * facilitators); a municipality's busy periods are kept by its admin and the admin.
 */
@Component
class NetworkMeetingSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/network-group", "/network-group/**").authenticated();
        rules.requestMatchers("/municipalities/*/busy-periods", "/municipalities/*/busy-periods/**")
                .hasAnyRole("ADMIN", "MUNICIPALITY_ADMIN");
    }
}
