package no.samla.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.samla.audit.AuditAction;
import no.samla.audit.AuditSubject;
import no.samla.audit.AuditTrail;
import no.samla.system.NotFoundException;
import no.samla.system.SecretTokens;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links that let a person choose the password of an account made for them. The token (32 random bytes,
 * URL-safe Base64) is returned once and never stored: the database keeps its SHA-256. A link works once
 * and for {@link #VALID_FOR}.
 */
@Service
@Transactional(readOnly = true)
public class Invitations {

    public static final Duration VALID_FOR = Duration.ofDays(14);

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditTrail audit;

    Invitations(
            InvitationRepository invitations,
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            Clock clock,
            AuditTrail audit) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.audit = audit;
    }

    /** Makes a link for the account and returns its token: the only time it can be read. */
    @Transactional
    public String create(long accountId) {
        return createAll(java.util.List.of(accountId)).get(accountId);
    }

    /** Makes one link per account; returns the tokens by account id, in the order given. */
    @Transactional
    public Map<Long, String> createAll(Collection<Long> accountIds) {
        Instant now = clock.instant();
        Map<Long, String> tokens = new LinkedHashMap<>();
        for (long accountId : accountIds) {
            String token = newToken();
            tokens.put(accountId, token);
            invitations.save(
                    new Invitation(accountId, Invitation.Purpose.INVITATION, hash(token), now, now.plus(VALID_FOR)));
        }
        return tokens;
    }

    /** The open invitation for a token; empty if the token is unknown, used or expired. */
    public Optional<PasswordLink> find(String token) {
        return usable(token, false).map(invitation -> {
            Account account = accounts.findById(invitation.getAccountId()).orElseThrow();
            return new PasswordLink(account.getPerson().getFullName(), account.getEmail(), invitation.getExpiresAt());
        });
    }

    /**
     * Sets the password chosen through the link, enables the account and closes the link; returns the account's
     * e-mail. An unknown, used or expired token is "not found".
     */
    @Transactional
    public String accept(String token, String newPassword) {
        Instant now = clock.instant();
        Invitation invitation = usable(token, true).orElseThrow(() -> new NotFoundException("Invitation", "token"));
        Account account = accounts.findById(invitation.getAccountId())
                .orElseThrow(() -> new NotFoundException("Account", invitation.getAccountId()));
        PasswordPolicy.requireAcceptable(newPassword, account.getEmail());
        account.acceptInvitation(passwordEncoder.encode(newPassword), now);
        invitations.closeOpen(account.getId(), now);
        audit.recordAs(
                Accounts.actor(account), AuditAction.INVITATION_ACCEPTED, AuditSubject.ACCOUNT, account.getId(), "");
        return account.getEmail();
    }

    private Optional<Invitation> usable(String token, boolean lock) {
        return invitations.findUsable(token, Invitation.Purpose.INVITATION, clock.instant(), lock);
    }

    static String newToken() {
        return SecretTokens.newToken();
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
