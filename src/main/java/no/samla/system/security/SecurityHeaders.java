package no.samla.system.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of a response written outside the security filter chain (the page shown while the database is
 * out of reach), the same as the chain's own.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    public static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cache-Control", "no-store");
    }
}
