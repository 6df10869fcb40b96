package no.samla.people;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
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

    /** Once a password is chosen, the account's other open links stop working too. */
    @Modifying(flushAutomatically = true)
    @Query("update Invitation i set i.usedAt = :now where i.accountId = :account and i.usedAt is null")
    int closeOpen(@Param("account") long accountId, @Param("now") Instant now);
}
