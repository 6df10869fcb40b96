package no.samla.people.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.samla.people.Accounts;
import no.samla.people.SamlaUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * What happens after a login attempt: failures count towards the lock, whatever the reason the page
 * says the same thing (so it never tells whether an e-mail has an account), and a user with a
 * one-time password goes straight to the password page. Every attempt goes into the audit log.
 */
@Configuration(proxyBeanMethods = false)
class LoginHandlers {

    static final String CHANGE_PASSWORD_PATH = "/account/password";

    @Bean
    AuthenticationSuccessHandler loginSuccessHandler(Accounts accounts) {
        SavedRequestAwareAuthenticationSuccessHandler savedRequest =
                new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            SamlaUser user = (SamlaUser) authentication.getPrincipal();
            accounts.recordSuccessfulLogin(user.accountId());
            if (user.mustChangePassword()) {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
            } else {
                savedRequest.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    @Bean
    AuthenticationFailureHandler loginFailureHandler(Accounts accounts, SignInLimits limits) {
        SessionFlashMapManager flashMaps = new SessionFlashMapManager();
        return new AuthenticationFailureHandler() {
            @Override
            public void onAuthenticationFailure(
                    HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                    throws IOException {
                String email = request.getParameter("email");
                if (email != null) {
                    accounts.recordFailedLogin(email, reason(exception), exception instanceof BadCredentialsException);
                }
                limits.signInFailed(request);
                // Keep what the user typed, like any other form that fails.
                FlashMap flash = new FlashMap();
                flash.put("email", email == null ? "" : email.strip());
                flash.setTargetRequestPath(request.getContextPath() + "/login");
                flashMaps.saveOutputFlashMap(flash, request, response);
                response.sendRedirect(request.getContextPath() + "/login?error");
            }
        };
    }

    /** Why a login failed, for the audit log; the page itself says the same whatever the reason. */
    static String reason(AuthenticationException exception) {
        if (exception instanceof BadCredentialsException) {
            return "wrong e-mail or password";
        }
        if (exception instanceof LockedException) {
            return "account locked";
        }
        if (exception instanceof DisabledException) {
            return "account disabled";
        }
        return exception.getClass().getSimpleName();
    }

    static boolean isAuthenticatedSamlaUser(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SamlaUser;
    }
}
