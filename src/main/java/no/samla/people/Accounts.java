package no.samla.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samla.audit.Actor;
import no.samla.audit.AuditAction;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.organisation.Organisations;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;
import no.samla.system.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's facade for accounts: creating them, their roles, passwords and login state. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final AccountRepository accounts;
    private final PersonRepository persons;
    private final Organisations organisations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final InvitationRepository invitations;
    private final AuditTrail audit;

    Accounts(
            AccountRepository accounts,
            PersonRepository persons,
            Organisations organisations,
            PasswordEncoder passwordEncoder,
            Clock clock,
            InvitationRepository invitations,
            AuditTrail audit) {
        this.accounts = accounts;
        this.persons = persons;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.invitations = invitations;
        this.audit = audit;
    }

    /** A page of accounts with their persons and roles loaded, for lists. */
    public Page<Account> search(String query, Role role, Pageable pageable) {
        Page<Account> page = accounts.search(query == null ? "" : query.strip(), role, pageable);
        if (page.hasContent()) {
            accounts.fetchRoles(page.getContent());
        }
        return page;
    }

    public Account get(long id) {
        return accounts.findWithRoles(id).orElseThrow(() -> new NotFoundException("Account", id));
    }

    public Optional<Account> findForPerson(long personId) {
        return accounts.findByPersonId(personId);
    }

    /** The people who hold a role, by name: the coordinators to choose from on a programme, say. */
    public List<Person> peopleWithRole(Role role) {
        return accounts.findPeopleWithRole(role);
    }

    public long count() {
        return accounts.count();
    }

    /** Creates an account with a one-time password that must be changed at first login. */
    @Transactional
    public NewPassword create(long personId, Set<RoleGrant> roles) {
        Person person = persons.findById(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        refuseAnonymised(List.of(person));
        if (accounts.findByPersonId(personId).isPresent()) {
            throw new FieldConflictException("personId", "account.person.hasAccount");
        }
        if (accounts.findByEmail(person.getEmail()).isPresent()) {
            throw new FieldConflictException("personId", "person.email.taken");
        }
        checkRoles(roles);
        String password = NewPassword.generate();
        Account account = accounts.save(new Account(person, passwordEncoder.encode(password), true, roles));
        audit.record(AuditAction.ACCOUNT_CREATED, AuditSubject.ACCOUNT, account.getId(), describe(roles));
        return new NewPassword(account.getId(), password);
    }

    /**
     * Creates a disabled account for someone who is invited to choose their own password (see
     * {@link Invitations}); until then no password works.
     */
    @Transactional
    public Account createInvited(long personId, Set<RoleGrant> roles) {
        return createInvitedAll(List.of(personId), roles).get(0);
    }

    /** {@link #createInvited} for many people at once, in a fixed number of queries; in the order given. */
    @Transactional
    public List<Account> createInvitedAll(Collection<Long> personIds, Set<RoleGrant> roles) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Person> found =
                persons.findAllById(personIds).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
        List<Person> people = new ArrayList<>();
        for (long personId : personIds) {
            Person person = found.get(personId);
            if (person == null) {
                throw new NotFoundException("Person", personId);
            }
            people.add(person);
        }
        refuseAnonymised(people);
        if (accounts.countByPersonIds(found.keySet()) > 0) {
            throw new FieldConflictException("personId", "account.person.hasAccount");
        }
        Set<String> emails = people.stream()
                .map(person -> person.getEmail().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (emails.size() < people.size() || accounts.countByLowerEmails(emails) > 0) {
            throw new FieldConflictException("personId", "person.email.taken");
        }
        checkRoles(roles);
        List<Account> created = accounts.saveAll(
                people.stream().map(person -> Account.invited(person, roles)).toList());
        audit.recordAll(
                AuditAction.ACCOUNT_CREATED,
                AuditSubject.ACCOUNT,
                created.stream().map(Account::getId).toList(),
                "invited; " + describe(roles));
        return created;
    }

    /** An erased person keeps their row for what others rely on, but never signs in again. */
    private static void refuseAnonymised(List<Person> people) {
        if (people.stream().anyMatch(Person::isAnonymised)) {
            throw new FieldConflictException("personId", "account.person.anonymised");
        }
    }

    /** Creates an account with a password already hashed (demo data shares one hash). */
    @Transactional
    public Account createWithHash(long personId, String passwordHash, Set<RoleGrant> roles) {
        Person person = persons.findById(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        checkRoles(roles);
        Account account = accounts.save(new Account(person, passwordHash, false, roles));
        audit.record(AuditAction.ACCOUNT_CREATED, AuditSubject.ACCOUNT, account.getId(), describe(roles));
        return account;
    }

    @Transactional
    public void updateRoles(long id, long formVersion, Set<RoleGrant> roles) {
        Account account = get(id);
        StaleEditException.check(account.getVersion(), formVersion);
        checkRoles(roles);
        String before = describe(account.getRoles());
        account.setRoles(roles);
        audit.record(AuditAction.ROLES_CHANGED, AuditSubject.ACCOUNT, id, before + " -> " + describe(roles));
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        get(id).setEnabled(enabled);
        audit.record(
                enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, AuditSubject.ACCOUNT, id, "");
        if (!enabled) {
            // An open invitation would otherwise enable the account again when it is used.
            invitations.closeOpen(id, clock.instant());
        }
    }

    @Transactional
    public void unlock(long id) {
        get(id).unlock();
        audit.record(AuditAction.ACCOUNT_UNLOCKED, AuditSubject.ACCOUNT, id, "");
    }

    @Transactional
    public NewPassword resetPassword(long id) {
        Account account = get(id);
        String password = NewPassword.generate();
        account.setPassword(passwordEncoder.encode(password), true, clock.instant());
        account.unlock();
        audit.record(AuditAction.PASSWORD_RESET_BY_ADMIN, AuditSubject.ACCOUNT, id, "one-time password");
        return new NewPassword(id, password);
    }

    /** Changes the signed-in user's own password after checking the current one. */
    @Transactional
    public void changeOwnPassword(long accountId, String currentPassword, String newPassword) {
        Account account = get(accountId);
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new FieldConflictException("currentPassword", "password.current.wrong");
        }
        PasswordPolicy.requireAcceptable(newPassword, account.getEmail());
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new FieldConflictException("newPassword", "password.new.same");
        }
        account.setPassword(passwordEncoder.encode(newPassword), false, clock.instant());
        audit.record(AuditAction.PASSWORD_CHANGED, AuditSubject.ACCOUNT, accountId, "");
    }

    /**
     * A failed login with this e-mail as typed: a wrong password counts towards the account's lock, and every failure
     * (a locked or disabled account too) goes into the audit log with the reason, never with the password.
     */
    @Transactional
    public void recordFailedLogin(String email, String reason, boolean wrongPassword) {
        Optional<Account> account = accounts.findByEmail(email.strip());
        if (wrongPassword) {
            account.ifPresent(found -> found.recordFailedLogin(clock.instant()));
        }
        audit.signInFailed(email, account.map(Account::getId).orElse(null), "password", reason);
    }

    @Transactional
    public void recordSuccessfulLogin(long accountId) {
        recordSuccessfulLogin(accountId, "password");
    }

    /**
     * A successful login by any method: {@code password}, or the single sign-on provider's name, which the audit log
     * keeps with the sign-in.
     */
    @Transactional
    public void recordSuccessfulLogin(long accountId, String method) {
        accounts.findById(accountId).ifPresent(account -> {
            account.recordSuccessfulLogin(clock.instant());
            audit.signedIn(actor(account), method);
        });
    }

    /** The account as the audit log names it: its ids and its e-mail as it is now. */
    static Actor actor(Account account) {
        return new Actor(account.getId(), account.getPerson().getId(), account.getEmail());
    }

    /** Roles by name, with the municipality an admin role is for: "roles: ADMIN, MUNICIPALITY_ADMIN(3)". */
    static String describe(Set<RoleGrant> roles) {
        return "roles: "
                + roles.stream()
                        .map(grant -> grant.municipalityId() == null
                                ? grant.role().name()
                                : grant.role().name() + "(" + grant.municipalityId() + ")")
                        .sorted()
                        .collect(Collectors.joining(", "));
    }

    public Optional<SamlaUser> loadUser(String email) {
        return accounts.findByEmailWithRoles(email.strip()).map(SamlaUser::of);
    }

    /**
     * The user someone signs in as through their organisation's provider, which vouched for this e-mail: the enabled
     * account with that address of a person in that organisation. A one-time password left pending does not stop
     * them, since they did not sign in with it.
     */
    public Optional<SamlaUser> loadUserSignedInBy(SignInProvider provider, String email) {
        return accounts.findByEmailWithRoles(email.strip())
                .filter(account -> account.isEnabled() && provider.isOrganisationOf(account.getPerson()))
                .map(account -> new SamlaUser(account, false));
    }

    public SamlaUser reload(long accountId) {
        return SamlaUser.of(get(accountId));
    }

    private void checkRoles(Set<RoleGrant> roles) {
        for (RoleGrant grant : roles) {
            if (grant.role() == Role.MUNICIPALITY_ADMIN
                    && (grant.municipalityId() == null
                            || organisations
                                    .findMunicipality(grant.municipalityId())
                                    .isEmpty())) {
                throw new FieldConflictException("municipalityId", "account.role.municipalityRequired");
            }
        }
    }
}
