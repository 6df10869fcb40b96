package no.samla.survey.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A leader's survey pages are for anyone signed in; which rounds and answers they find is decided per object by the
 * survey facade (the programmes they take part in, their own key). The staff pages sit under {@code /programmes/**}.
 */
@Component
class SurveySecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/surveys", "/surveys/**").authenticated();
    }
}
