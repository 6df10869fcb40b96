package no.samla.dashboard.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The admin's overview is the admin's, the coordinator's overview the coordinators'. A municipality's dashboard and
 * the lists behind figures are open to everyone signed in, so that DashboardAccess answers "not found" alike to all
 * who may not see them.
 */
@Component
class DashboardSecurity implements SecurityContribution {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/dashboards/admin", "/dashboards/admin/**")
                .hasRole("ADMIN")
                .requestMatchers("/dashboards/coordinator", "/dashboards/coordinator/**")
                .hasRole("COORDINATOR")
                .requestMatchers("/dashboards", "/dashboards/**")
                .authenticated();
    }
}
