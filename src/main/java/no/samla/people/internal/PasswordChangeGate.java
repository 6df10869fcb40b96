package no.samla.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import no.samla.people.SamlaUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Until a one-time password is replaced, the password page is the only page a user can open. */
class PasswordChangeGate extends OncePerRequestFilter {

    private static final List<String> ALLOWED_PREFIXES =
            List.of(LoginHandlers.CHANGE_PASSWORD_PATH, "/logout", "/error", "/assets/", "/webjars/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (LoginHandlers.isAuthenticatedSamlaUser(authentication)
                && ((SamlaUser) authentication.getPrincipal()).mustChangePassword()
                && !allowed(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + LoginHandlers.CHANGE_PASSWORD_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
