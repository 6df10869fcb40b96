package no.samla.innovation.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A home visit's read page is for anyone signed in; the home visits facade decides per visit (those who come, the
 * programme's managers, the visited municipality's admin). The coordinators' pages sit under the programme pages' rules.
 */
@Component
class HomeVisitSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/home-visits/**").authenticated();
    }
}
