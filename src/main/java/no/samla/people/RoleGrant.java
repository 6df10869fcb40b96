package no.samla.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A role held by an account; a municipality admin's role names the municipality it covers. */
@Embeddable
public record RoleGrant(
        @Enumerated(EnumType.STRING) Role role,
        @Column(name = "municipality_id") Long municipalityId) {

    public static RoleGrant of(Role role) {
        return new RoleGrant(role, null);
    }

    public static RoleGrant municipalityAdmin(long municipalityId) {
        return new RoleGrant(Role.MUNICIPALITY_ADMIN, municipalityId);
    }
}
