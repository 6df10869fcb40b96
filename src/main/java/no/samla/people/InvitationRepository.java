package no.samla.people;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import no.samla.system.SecretTokens;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** Locks the invitation, so that two submits of the same link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.tokenHash = :hash")
    Optional<Invitation> lockByTokenHash(@Param("hash") String tokenHash);

    /** Longer than any token Samla makes; longer input is not even hashed. */
    int MAX_TOKEN_LENGTH = 64;

    /**
     * The link a token opens, if it is for this purpose, unused and unexpired; locked for the rest of the transaction
     * when {@code lock}, so that two submits of the same link cannot both use it.
     */
    default Optional<Invitation> findUsable(String token, Invitation.Purpose purpose, Instant now, boolean lock) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        String hash = SecretTokens.hash(token);
        return (lock ? lockByTokenHash(hash) : findByTokenHash(hash)).filter(link -> link.isUsableAt(purpose, now));
    }

    /** Once a password is chosen, the account's other open links stop working too. */
    @Modifying(flushAutomatically = true)
    @Query("update Invitation i set i.usedAt = :now where i.accountId = :account and i.usedAt is null")
    int closeOpen(@Param("account") long accountId, @Param("now") Instant now);
}
