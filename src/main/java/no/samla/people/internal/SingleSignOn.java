package no.samla.people.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import no.samla.audit.AuditTrail;
import no.samla.people.Accounts;
import no.samla.people.SamlaUser;
import no.samla.people.SignInProvider;
import no.samla.people.SignInProviders;
import no.samla.people.SingleSignOnRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signing in through an organisation's OpenID Connect provider. Spring Security checks the ID token (signature
 * against the provider's published keys, issuer, audience, expiry, nonce); Samla then links the person to their
 * existing account by a verified e-mail only, and from there on they are signed in exactly as with a password.
 */
@Component
class SingleSignOn {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    static final String NO_ACCOUNT = "samla_no_account";
    static final String UNVERIFIED_EMAIL = "samla_unverified_email";

    /** What the login page is told, by the reason a sign-in failed; anything else is "failed". */
    private static final Map<String, SingleSignOnRefusal> SHOWN_REASONS = Map.of(
            NO_ACCOUNT,
            SingleSignOnRefusal.NO_ACCOUNT,
            UNVERIFIED_EMAIL,
            SingleSignOnRefusal.UNVERIFIED,
            SingleSignOnRegistrations.UNAVAILABLE,
            SingleSignOnRefusal.UNAVAILABLE);

    /**
     * Refusals the audit log does not get from here: those already recorded with their address, and those anyone can
     * cause without going through a provider (a callback no sign-in started, a provider that cannot be reached), which
     * would let a flood of requests fill the log.
     */
    private static final Set<String> NOT_AUDITED_HERE = Set.of(
            NO_ACCOUNT,
            UNVERIFIED_EMAIL,
            SingleSignOnRegistrations.UNAVAILABLE,
            "authorization_request_not_found",
            "invalid_request",
            "");

    private final SingleSignOnRegistrations registrations;
    private final SignInProviders providers;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final OidcUserService oidcUsers = new OidcUserService();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler savedRequest =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SingleSignOn(
            SingleSignOnRegistrations registrations, SignInProviders providers, Accounts accounts, AuditTrail audit) {
        this.registrations = registrations;
        this.providers = providers;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The person behind a checked ID token, linked to their Samla account. */
    static final class LinkedUser extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;

        private final SamlaUser user;

        LinkedUser(OidcUser oidcUser, SamlaUser user) {
            super(oidcUser.getAuthorities(), oidcUser.getIdToken(), oidcUser.getUserInfo(), "sub");
            this.user = user;
        }
    }

    void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                // The access token is not used after sign-in; the session is the place that scales out with it.
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::link))
                .successHandler(this::signedIn)
                .failureHandler(this::failed)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(SingleSignOn.this::notStarted);
                        return filter;
                    }
                }));
    }

    private OidcUser link(OidcUserRequest request) {
        OidcUser oidcUser = oidcUsers.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        SignInProvider provider = providers
                .findEnabled(registrationId)
                .orElseThrow(() -> new OAuth2AuthenticationException(SingleSignOnRegistrations.UNAVAILABLE));
        String email = oidcUser.getEmail();
        if (email == null || email.isBlank()) {
            throw refused(UNVERIFIED_EMAIL, registrationId, "");
        }
        // Only the provider's word that it checked the address, or an address in a domain the organisation owns.
        if (!Boolean.TRUE.equals(oidcUser.getEmailVerified()) && !provider.ownsDomainOf(email)) {
            throw refused(UNVERIFIED_EMAIL, registrationId, email);
        }
        SamlaUser user = accounts.loadUserSignedInBy(provider, email)
                .orElseThrow(() -> refused(NO_ACCOUNT, registrationId, email));
        return new LinkedUser(oidcUser, user);
    }

    /** A refusal after the token was accepted, kept in the audit log with the address the provider vouched for. */
    private OAuth2AuthenticationException refused(String code, String registrationId, String email) {
        audit.signInFailed(email, null, registrationId, code);
        return new OAuth2AuthenticationException(
                new OAuth2Error(code, "Refused by " + registrationId + ": " + code, null));
    }

    /** From here on the session holds the same kind of user as after a password sign-in. */
    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        SamlaUser user = ((LinkedUser) authentication.getPrincipal()).user;
        user.eraseCredentials();
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        accounts.recordSuccessfulLogin(
                user.accountId(), ((OAuth2AuthenticationToken) authentication).getAuthorizedClientRegistrationId());
        savedRequest.onAuthenticationSuccess(request, response, signedIn);
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String code = exception instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : "";
        log.info("Single sign-on refused: {}", exception.getMessage());
        if (!NOT_AUDITED_HERE.contains(code)) {
            // A token that failed its checks: no address to name.
            audit.signInFailed("", null, "single sign-on", code);
        }
        response.sendRedirect(request.getContextPath() + "/login?sso="
                + SHOWN_REASONS.getOrDefault(code, SingleSignOnRefusal.FAILED).parameter());
    }

    /**
     * The way to the provider could not be started. A provider that cannot be reached is told on the login page;
     * otherwise the id named no enabled provider, which is not found.
     */
    private void notStarted(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception.getCause() instanceof AuthenticationException cause) {
            failed(request, response, cause);
        } else {
            response.sendError(HttpStatus.NOT_FOUND.value());
        }
    }
}
