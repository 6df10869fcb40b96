package no.samla.people.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import no.samla.system.RateLimits;
import no.samla.system.RateLimits.Limit;
import org.springframework.stereotype.Component;

/**
 * The limits on the ways into an account, counted per client address (behind a proxy, the address it forwards, with
 * {@code server.forward-headers-strategy}) and held across instances. A failed sign-in also counts towards its
 * account's lock; the address limit stops one address from trying many accounts.
 */
@Component
public class SignInLimits {

    public static final Limit FAILED_SIGN_INS = new Limit("sign-in-failures", 100, Duration.ofMinutes(15));
    public static final Limit RESET_REQUESTS_PER_ADDRESS = new Limit("password-reset-address", 20, Duration.ofHours(1));
    public static final Limit RESET_REQUESTS_PER_EMAIL = new Limit("password-reset-email", 5, Duration.ofHours(1));
    /** Unknown, used or expired invitation and reset tokens. */
    public static final Limit FAILED_LINKS = new Limit("link-failures", 100, Duration.ofMinutes(15));

    private final RateLimits limits;

    SignInLimits(RateLimits limits) {
        this.limits = limits;
    }

    public boolean signInBlocked(HttpServletRequest request) {
        return limits.exceeded(FAILED_SIGN_INS, request.getRemoteAddr());
    }

    public void signInFailed(HttpServletRequest request) {
        limits.hit(FAILED_SIGN_INS, request.getRemoteAddr());
    }

    /** Counts a reset request from this address for this e-mail; false once either is over its limit. */
    public boolean resetRequestAllowed(HttpServletRequest request, String email) {
        boolean address = limits.hit(RESET_REQUESTS_PER_ADDRESS, request.getRemoteAddr());
        boolean account = limits.hit(RESET_REQUESTS_PER_EMAIL, email.strip().toLowerCase(java.util.Locale.ROOT));
        return address && account;
    }

    public boolean linksBlocked(HttpServletRequest request) {
        return limits.exceeded(FAILED_LINKS, request.getRemoteAddr());
    }

    public void linkFailed(HttpServletRequest request) {
        limits.hit(FAILED_LINKS, request.getRemoteAddr());
    }
}
