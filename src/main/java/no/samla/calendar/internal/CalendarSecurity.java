package no.samla.calendar.internal;

import no.samla.system.security.SecurityContribution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Access rules of the calendar. The calendar page is for everyone signed in. Feed addresses are fetched by
 * calendar servers without a login: the token in the address is the secret. They get a filter chain of
 * their own that neither reads nor creates a session, so a feed answers the same with or without a
 * browser's cookie.
 */
@Configuration(proxyBeanMethods = false)
class CalendarSecurity implements SecurityContribution {

    static final String FEEDS = "/calendar/feed/**";

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/calendar", "/calendar/**").authenticated();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(FEEDS)
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                // Only GET is mapped; there is no form and no session to protect.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
