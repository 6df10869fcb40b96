package no.samla.report.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The report's pages are open to everyone signed in, so that a leader, another municipality's admin and another
 * programme's coordinator all get the same "not found" from ReportAccess. Ordered before the programme module's rule
 * for /programmes/**, which would otherwise refuse leaders with a 403 first.
 */
@Component
@Order(0)
class ReportSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/programmes/*/report", "/programmes/*/report.pdf", "/programmes/*/report/**")
                .authenticated();
    }
}
