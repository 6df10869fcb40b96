package no.samla.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

    /** Longer than any token Samla makes; longer input is not even hashed. */
    private static final int MAX_TOKEN_LENGTH = 64;

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Invitations(
            InvitationRepository invitations,
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Whose account an open link is for, to greet them on the password page. */
    public record PendingInvitation(String fullName, String email, Instant expiresAt) {}

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
            invitations.save(new Invitation(accountId, hash(token), now, now.plus(VALID_FOR)));
        }
        return tokens;
    }

    /** The open invitation for a token; empty if the token is unknown, used or expired. */
    public Optional<PendingInvitation> find(String token) {
        return usable(token, false).map(invitation -> {
            Account account = accounts.findById(invitation.getAccountId()).orElseThrow();
            return new PendingInvitation(
                    account.getPerson().getFullName(), account.getEmail(), invitation.getExpiresAt());
        });
    }

    /**
     * Sets the password chosen through the link, enables the account and closes the link. An unknown,
     * used or expired token is "not found".
     */
    @Transactional
    public void accept(String token, String newPassword) {
        Instant now = clock.instant();
        Invitation invitation = usable(token, true).orElseThrow(() -> new NotFoundException("Invitation", "token"));
        Account account = accounts.findById(invitation.getAccountId())
                .orElseThrow(() -> new NotFoundException("Account", invitation.getAccountId()));
        PasswordPolicy.requireAcceptable(newPassword, account.getEmail());
        account.acceptInvitation(passwordEncoder.encode(newPassword), now);
        invitations.closeOpen(account.getId(), now);
    }

    private Optional<Invitation> usable(String token, boolean lock) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        String hash = hash(token);
        return (lock ? invitations.lockByTokenHash(hash) : invitations.findByTokenHash(hash))
                .filter(invitation -> invitation.isUsableAt(clock.instant()));
    }

    static String newToken() {
        return SecretTokens.newToken();
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
