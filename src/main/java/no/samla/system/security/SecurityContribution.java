package no.samla.system.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * How a module adds its access rules (and any filters) to the one security filter chain, so that each
 * module keeps its authorisation in one place without the system module depending on it.
 */
public interface SecurityContribution {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

    default void configure(HttpSecurity http) throws Exception {}
}
