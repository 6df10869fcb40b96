package no.samla.system.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which parts of the main navigation the signed-in user's roles open. The layout works it out once per page from the
 * user's authorities ({@code @navigationMenu.current()}): an access expression per menu item cost more than the rest
 * of the navigation.
 */
public record Navigation(
        boolean signedIn, boolean leader, boolean coordinator, boolean municipalityAdmin, boolean admin) {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /** The layout asks for it itself, so pages rendered outside a controller (errors) have it too. */
    @Component("navigationMenu")
    static class Menu {

        public Navigation current() {
            return of(SecurityContextHolder.getContext().getAuthentication());
        }
    }

    static Navigation of(Authentication user) {
        if (user == null || !user.isAuthenticated() || TRUST.isAnonymous(user)) {
            return new Navigation(false, false, false, false, false);
        }
        Set<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return new Navigation(
                true,
                roles.contains("ROLE_LEADER"),
                roles.contains("ROLE_COORDINATOR"),
                roles.contains("ROLE_MUNICIPALITY_ADMIN"),
                roles.contains("ROLE_ADMIN"));
    }

    /** Programmes and dashboards: for those who run or follow programmes. */
    public boolean staff() {
        return coordinator || municipalityAdmin || admin;
    }

    /** Pages every role has, such as the innovation library; not for a signed-in account without roles. */
    public boolean anyRole() {
        return leader || staff();
    }
}
