package no.samla.system.security;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/** The one security filter chain: public pages, module rules, form login, headers. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<SecurityContribution> contributions,
            AuthenticationSuccessHandler loginSuccess,
            AuthenticationFailureHandler loginFailure)
            throws Exception {
        http.authorizeHttpRequests(rules -> {
            rules.requestMatchers(
                            "/",
                            "/login",
                            "/accessibility",
                            "/privacy",
                            "/error",
                            "/assets/**",
                            "/webjars/**",
                            "/favicon.ico",
                            "/actuator/health",
                            "/actuator/health/**")
                    .permitAll();
            rules.requestMatchers("/actuator/**").hasRole("ADMIN");
            contributions.forEach(contribution -> contribution.authorize(rules));
            rules.anyRequest().authenticated();
        });
        http.formLogin(login -> login.loginPage("/login")
                .usernameParameter("email")
                .passwordParameter("password")
                .successHandler(loginSuccess)
                .failureHandler(loginFailure)
                .permitAll());
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        http.headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(SecurityHeaders.REFERRER_POLICY)));
        for (SecurityContribution contribution : contributions) {
            contribution.configure(http);
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating: stored hashes carry their algorithm ({bcrypt}...), so the default can move on.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
