package no.samla.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import no.samla.audit.AuditAction;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.system.NotFoundException;
import no.samla.system.SecretTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by e-mail: a link that works once and for {@link #VALID_FOR}, sent to the account's address. Asking
 * for one says nothing about whether the address has an account. Using one sets the password, lifts a lock after
 * failed sign-ins and closes the account's other open links; it never enables a disabled account.
 */
@Service
@Transactional(readOnly = true)
public class PasswordResets {

    public static final Duration VALID_FOR = Duration.ofHours(1);

    private final InvitationRepository links;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    PasswordResets(
            InvitationRepository links,
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock,
            AuditTrail audit) {
        this.links = links;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Makes a link for the enabled account with this e-mail, if there is one, and publishes it for the mail (in the
     * language the person asked in). A new link closes the account's earlier ones.
     */
    @Transactional
    public void request(String email, Locale locale) {
        accounts.findByEmail(email.strip()).filter(Account::isEnabled).ifPresent(account -> {
            Instant now = clock.instant();
            links.closeOpen(account.getId(), now);
            String token = SecretTokens.newToken();
            Invitation link = links.save(new Invitation(
                    account.getId(),
                    Invitation.Purpose.PASSWORD_RESET,
                    SecretTokens.hash(token),
                    now,
                    now.plus(VALID_FOR)));
            Person person = account.getPerson();
            events.publishEvent(new PasswordResetRequested(
                    link.getId(),
                    person.getId(),
                    person.getFullName(),
                    account.getEmail(),
                    token,
                    link.getExpiresAt(),
                    locale));
        });
    }

    /** The open reset link for a token; empty if the token is unknown, used, expired or not a reset link. */
    public Optional<PasswordLink> find(String token) {
        return usable(token, false).map(link -> {
            Account account = accounts.findById(link.getAccountId()).orElseThrow();
            return new PasswordLink(account.getPerson().getFullName(), account.getEmail(), link.getExpiresAt());
        });
    }

    /**
     * Sets the password chosen through the link and closes the link; returns the account's e-mail, whose sessions
     * the caller ends. An unknown, used or expired token, or a disabled account, is "not found".
     */
    @Transactional
    public String reset(String token, String newPassword) {
        Instant now = clock.instant();
        Invitation link = usable(token, true).orElseThrow(() -> new NotFoundException("PasswordReset", "token"));
        Account account = accounts.findById(link.getAccountId())
                .filter(Account::isEnabled)
                .orElseThrow(() -> new NotFoundException("Account", link.getAccountId()));
        PasswordPolicy.requireAcceptable(newPassword, account.getEmail());
        account.setPassword(passwordEncoder.encode(newPassword), false, now);
        account.unlock();
        links.closeOpen(account.getId(), now);
        audit.recordAs(
                Accounts.actor(account), AuditAction.PASSWORD_RESET_BY_LINK, AuditSubject.ACCOUNT, account.getId(), "");
        return account.getEmail();
    }

    private Optional<Invitation> usable(String token, boolean lock) {
        return links.findUsable(token, Invitation.Purpose.PASSWORD_RESET, clock.instant(), lock);
    }
}
