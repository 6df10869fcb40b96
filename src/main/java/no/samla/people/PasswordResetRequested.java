package no.samla.people;

import java.time.Instant;
import java.util.Locale;

/**
 * Someone asked for a link to choose a new password, for an account that exists and is enabled. Published once the
 * link is stored (as the token's hash); the token itself travels on in this event to the mail that carries it.
 */
public record PasswordResetRequested(
        long linkId, long personId, String fullName, String email, String token, Instant expiresAt, Locale locale) {

    @Override
    public String toString() {
        // Never the token in a log line.
        return "PasswordResetRequested[linkId=" + linkId + ", personId=" + personId + "]";
    }
}
