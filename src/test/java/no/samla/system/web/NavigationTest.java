package no.samla.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** The menu's parts follow the roles the way the routes' access rules do. */
class NavigationTest {

    @Test
    void anAnonymousVisitorGetsNoSignedInParts() {
        assertThat(Navigation.of(null)).isEqualTo(new Navigation(false, false, false, false, false));
        AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(Navigation.of(anonymous).signedIn()).isFalse();
    }

    @Test
    void eachRoleOpensItsOwnParts() {
        Navigation leader = of("ROLE_LEADER");
        assertThat(leader.leader()).isTrue();
        assertThat(leader.staff()).isFalse();
        assertThat(leader.anyRole()).isTrue();

        Navigation coordinator = of("ROLE_COORDINATOR");
        assertThat(coordinator.staff()).isTrue();
        assertThat(coordinator.coordinator()).isTrue();
        assertThat(coordinator.leader()).isFalse();
        assertThat(coordinator.admin()).isFalse();

        Navigation municipalityAdmin = of("ROLE_MUNICIPALITY_ADMIN");
        assertThat(municipalityAdmin.staff()).isTrue();
        assertThat(municipalityAdmin.coordinator()).isFalse();

        Navigation both = of("ROLE_ADMIN", "ROLE_LEADER");
        assertThat(both.admin()).isTrue();
        assertThat(both.leader()).isTrue();
        assertThat(both.staff()).isTrue();
    }

    @Test
    void anAccountWithoutRolesIsSignedInButOpensNoRolesParts() {
        Navigation none = of();
        assertThat(none.signedIn()).isTrue();
        assertThat(none.anyRole()).isFalse();
        assertThat(none.staff()).isFalse();
    }

    private static Navigation of(String... roles) {
        return Navigation.of(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, AuthorityUtils.createAuthorityList(roles)));
    }
}
