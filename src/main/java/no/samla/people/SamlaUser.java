package no.samla.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samla.audit.AuditedUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as the rest of Samla sees it: ids, name, roles and the municipality they administer. */
public final class SamlaUser implements UserDetails, CredentialsContainer, AuditedUser {

    /**
     * Sessions are kept in the database with this user serialised in them, and a new version of Samla reads the
     * sessions the previous one wrote: the number stays, so that a field added here leaves them readable.
     */
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final long personId;
    private final String fullName;
    private final String email;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final boolean mustChangePassword;
    private final Set<Role> roles;
    private final Long administeredMunicipalityId;

    SamlaUser(Account account, boolean mustChangePassword) {
        this.accountId = account.getId();
        this.personId = account.getPerson().getId();
        this.fullName = account.getPerson().getFullName();
        this.email = account.getEmail();
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
        this.lockedUntil = account.getLockedUntil();
        this.mustChangePassword = mustChangePassword;
        this.roles = account.getRoles().stream()
                .map(RoleGrant::role)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.administeredMunicipalityId = account.administeredMunicipalityId().orElse(null);
    }

    static SamlaUser of(Account account) {
        return new SamlaUser(account, account.isMustChangePassword());
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public long personId() {
        return personId;
    }

    @Override
    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Optional<Long> administeredMunicipalityId() {
        return Optional.ofNullable(administeredMunicipalityId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SamlaUser user && user.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "SamlaUser[" + accountId + "]";
    }
}
