package no.samla.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A person's login: e-mail, password hash, roles, and the state that login checks. */
@Entity
@Table(name = "account")
public class Account {

    /** Failed logins in a row that lock the account, and for how long. */
    public static final int MAX_FAILED_LOGINS = 10;

    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BCRYPT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @ElementCollection
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    private Set<RoleGrant> roles = new HashSet<>();

    @Version
    private long version;

    protected Account() {}

    public Account(Person person, String passwordHash, boolean mustChangePassword, Set<RoleGrant> roles) {
        this.person = person;
        this.email = person.getEmail();
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.roles = new HashSet<>(roles);
    }

    /**
     * An account made for someone who has not chosen a password yet: disabled until they accept their
     * invitation, with a password hash that no password produces.
     */
    static Account invited(Person person, Set<RoleGrant> roles) {
        Account account = new Account(person, unusablePasswordHash(), false, roles);
        account.enabled = false;
        return account;
    }

    /**
     * A well-formed bcrypt hash with a random salt and a random checksum instead of one computed from a
     * password: nothing matches it, and it costs no hashing to make thousands of them in an import.
     */
    static String unusablePasswordHash() {
        StringBuilder hash = new StringBuilder("{bcrypt}$2a$10$");
        for (int i = 0; i < 53; i++) {
            hash.append(BCRYPT_ALPHABET.charAt(RANDOM.nextInt(BCRYPT_ALPHABET.length())));
        }
        return hash.toString();
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void recordFailedLogin(Instant now) {
        if (isLockedAt(now)) {
            return;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void setPassword(String passwordHash, boolean mustChange, Instant now) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = now;
    }

    /** The password chosen through an invitation: the account can now be used. */
    void acceptInvitation(String passwordHash, Instant now) {
        setPassword(passwordHash, false, now);
        this.enabled = true;
        unlock();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setRoles(Set<RoleGrant> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** Keeps the login e-mail equal to the person's e-mail when the person is edited. */
    void syncEmail() {
        this.email = person.getEmail();
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<RoleGrant> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.stream().anyMatch(grant -> grant.role() == role);
    }

    public Optional<Long> administeredMunicipalityId() {
        return roles.stream()
                .filter(grant -> grant.role() == Role.MUNICIPALITY_ADMIN)
                .map(RoleGrant::municipalityId)
                .findFirst();
    }

    public long getVersion() {
        return version;
    }
}
