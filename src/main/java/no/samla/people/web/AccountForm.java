package no.samla.people.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import no.samla.people.Account;
import no.samla.people.Role;
import no.samla.people.RoleGrant;

/** The roles of an account; a municipality admin also names the municipality. */
record AccountForm(
        Long personId,
        @NotEmpty Set<Role> roles,
        Long municipalityId,
        @NotNull Long version) {

    static AccountForm forPerson(long personId) {
        return new AccountForm(personId, EnumSet.of(Role.LEADER), null, 0L);
    }

    static AccountForm of(Account account) {
        return new AccountForm(
                account.getPerson().getId(),
                account.getRoles().stream()
                        .map(RoleGrant::role)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
                account.administeredMunicipalityId().orElse(null),
                account.getVersion());
    }

    boolean municipalityMissing() {
        return roles != null && roles.contains(Role.MUNICIPALITY_ADMIN) && municipalityId == null;
    }

    Set<RoleGrant> grants() {
        Set<RoleGrant> grants = new LinkedHashSet<>();
        for (Role role : roles) {
            grants.add(
                    role == Role.MUNICIPALITY_ADMIN ? RoleGrant.municipalityAdmin(municipalityId) : RoleGrant.of(role));
        }
        return grants;
    }
}
