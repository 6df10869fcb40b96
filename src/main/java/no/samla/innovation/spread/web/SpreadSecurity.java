package no.samla.innovation.spread.web;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The library of innovation cases is for anyone signed in; which cases each person finds, and who may follow one, is
 * decided per case by CaseSpread. A municipality's sharing choice is kept by municipality admins (their own
 * municipality only, checked per municipality) and the admin.
 */
@Component
class SpreadSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/innovation-library", "/innovation-library/**").authenticated();
        rules.requestMatchers("/municipalities/*/case-sharing").hasAnyRole("ADMIN", "MUNICIPALITY_ADMIN");
    }
}
