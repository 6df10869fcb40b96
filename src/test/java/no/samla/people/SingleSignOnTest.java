package no.samla.people;

import static no.samla.support.HttpForms.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import no.samla.demo.DemoAccounts;
import no.samla.support.DemoUsers;
import no.samla.support.HttpForms;
import no.samla.support.SamlaTest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signing in through an organisation's OpenID Connect provider, end to end over HTTP: Samla on its port, a real OIDC
 * server in the test JVM, and a client that follows the redirects between them as a browser does.
 */
@SamlaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnTest {

    private static final String ISSUER_ID = "drammen";
    private static final String CLIENT_ID = "samla-drammen";

    /** A token response made by the test, which the provider's token endpoint hands out once instead of its own. */
    private final AtomicReference<String> craftedTokenResponse = new AtomicReference<>();

    /** How far the provider's clock is behind, for tokens issued in the past. */
    private final AtomicReference<Duration> providerClockBehind = new AtomicReference<>(Duration.ZERO);

    private final MockOAuth2Server provider = new MockOAuth2Server(
            new OAuth2Config(
                    false,
                    null,
                    null,
                    false,
                    new OAuth2TokenProvider(() -> Instant.now().minus(providerClockBehind.get()))),
            new Route() {
                @Override
                public boolean match(OAuth2HttpRequest request) {
                    return craftedTokenResponse.get() != null
                            && request.getUrl().encodedPath().endsWith("/token");
                }

                @Override
                public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
                    return new OAuth2HttpResponse(
                            Headers.of("Content-Type", "application/json"),
                            200,
                            craftedTokenResponse.getAndSet(null),
                            null);
                }
            });

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    String base;
    long drammen;
    long providerId;

    @BeforeAll
    void startProvider() {
        provider.start();
        drammen = jdbc.queryForObject(
                "select municipality_id from person where email = ?", Long.class, DemoAccounts.LEADER_DRAMMEN);
    }

    @AfterAll
    void stopProvider() {
        provider.shutdown();
    }

    @BeforeEach
    void registerDrammen() {
        base = "http://localhost:" + port;
        providerId = jdbc.queryForObject(
                "insert into sign_in_provider (municipality_id, display_name, kind, issuer_uri, client_id,"
                        + " client_secret, scopes, email_domains, enabled)"
                        + " values (?, 'Drammen kommune', 'ENTRA_ID', ?, ?, 'secret', 'openid email profile', '', true)"
                        + " returning id",
                Long.class,
                drammen,
                provider.issuerUrl(ISSUER_ID).toString(),
                CLIENT_ID);
    }

    @AfterEach
    void removeProviders() {
        providerClockBehind.set(Duration.ZERO);
        jdbc.update("delete from sign_in_provider where display_name <> 'Stange kommune'");
    }

    @Test
    void aLeaderWithAVerifiedAddressSignsInToTheirOwnAccount() throws Exception {
        HttpClient browser = HttpForms.client();
        String loginPage = browser.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(loginPage)
                .contains("href=\"/oauth2/authorization/sso-" + providerId + "\"")
                .contains("Logg inn med Drammen kommune");

        HttpResponse<String> signedIn = signIn(browser, claims(DemoAccounts.LEADER_DRAMMEN, true), 3600);

        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(URI.create(to).getPath()).isEqualTo("/"));
        assertThat(isSignedIn(browser)).isTrue();
        assertThat(browser.send(get(base + "/"), HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("Kari Nordmann");
        assertThat(jdbc.queryForObject(
                        "select last_login_at > now() - interval '1 minute' from account where email = ?",
                        Boolean.class,
                        DemoAccounts.LEADER_DRAMMEN))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'SIGNED_IN' and actor_email = ? and summary = ?",
                        Long.class,
                        DemoAccounts.LEADER_DRAMMEN,
                        "method: sso-" + providerId))
                .isOne();
    }

    @Test
    void anAddressInADomainTheOrganisationOwnsCountsAsVerified() throws Exception {
        HttpClient browser = HttpForms.client();
        assertThat(refusal(signIn(browser, claims(DemoAccounts.LEADER_DRAMMEN, null), 3600)))
                .isEqualTo("unverified");

        jdbc.update("update sign_in_provider set email_domains = 'drammen.example' where id = ?", providerId);
        signIn(browser, claims(DemoAccounts.LEADER_DRAMMEN, null), 3600);
        assertThat(isSignedIn(browser)).isTrue();
    }

    @Test
    void anAddressTheProviderHasNotVerifiedLinksToNoAccount() throws Exception {
        HttpClient browser = HttpForms.client();
        assertThat(refusal(signIn(browser, claims(DemoAccounts.LEADER_DRAMMEN, false), 3600)))
                .isEqualTo("unverified");
        assertThat(isSignedIn(browser)).isFalse();
    }

    @Test
    void onlyPeopleOfTheProvidersOwnOrganisationWithAnAccountGetIn() throws Exception {
        HttpClient browser = HttpForms.client();
        // Stange's leader, vouched for by Drammen's provider: not Drammen's to vouch for.
        assertThat(refusal(signIn(browser, claims(DemoAccounts.LEADER_STANGE, true), 3600)))
                .isEqualTo("no-account");
        assertThat(refusal(signIn(browser, claims("ukjent.person@drammen.example", true), 3600)))
                .isEqualTo("no-account");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'SIGN_IN_FAILED' and actor_email = ?"
                                + " and summary = ?",
                        Long.class,
                        DemoAccounts.LEADER_STANGE,
                        "method: sso-" + providerId + "; " + "samla_no_account"))
                .isOne();
        // Nor the admin, who belongs to no organisation.
        assertThat(refusal(signIn(browser, claims(DemoAccounts.ADMIN, true), 3600)))
                .isEqualTo("no-account");
        assertThat(isSignedIn(browser)).isFalse();
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        HttpClient browser = HttpForms.client();
        long refusedTokens = refusedTokens();
        assertThat(refusal(
                        signInWithToken(browser, Map.of("aud", "another-client"), Duration.ofHours(1), token -> token)))
                .isEqualTo("failed");
        assertThat(isSignedIn(browser)).isFalse();
        // Kept in the audit log; a callback no sign-in started, which anyone can send, is not.
        assertThat(refusedTokens()).isEqualTo(refusedTokens + 1);
        browser.send(
                get(base + "/login/oauth2/code/sso-" + providerId + "?code=abc&state=def"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refusedTokens()).isEqualTo(refusedTokens + 1);
    }

    private long refusedTokens() {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = 'SIGN_IN_FAILED' and summary like 'method: single sign-on;%'",
                Long.class);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        HttpClient browser = HttpForms.client();
        // Issued an hour ago and expired ten minutes ago, well beyond the minute of clock skew allowed.
        providerClockBehind.set(Duration.ofHours(1));
        assertThat(refusal(signIn(browser, claims(DemoAccounts.LEADER_DRAMMEN, true), 3000)))
                .isEqualTo("failed");
        assertThat(isSignedIn(browser)).isFalse();
    }

    @Test
    void aTokenWithATamperedSignatureIsRefusedWhileTheSameTokenUntouchedIsAccepted() throws Exception {
        // The token is made here and handed out by the provider's token endpoint, so the test can change it on the way.
        HttpClient tamperedBrowser = HttpForms.client();
        HttpResponse<String> tampered = signInWithToken(tamperedBrowser, Map.of(), Duration.ofHours(1), token -> {
            // The municipality admin's address in a token signed for the leader.
            String[] parts = token.split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace(DemoAccounts.LEADER_DRAMMEN, DemoAccounts.MUNICIPALITY_ADMIN_DRAMMEN);
            return parts[0] + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                    + "." + parts[2];
        });
        assertThat(refusal(tampered)).isEqualTo("failed");
        assertThat(isSignedIn(tamperedBrowser)).isFalse();

        HttpClient browser = HttpForms.client();
        signInWithToken(browser, Map.of(), Duration.ofHours(1), token -> token);
        assertThat(isSignedIn(browser)).isTrue();
    }

    @Test
    void aSwitchedOffOrUnknownProviderIsNotFoundAndOneThatCannotBeReachedIsExplained() throws Exception {
        HttpClient browser = HttpForms.client();
        jdbc.update("update sign_in_provider set enabled = false where id = ?", providerId);
        assertThat(browser.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString())
                        .body())
                .doesNotContain("sso-" + providerId);
        for (String id : List.of("sso-" + providerId, "sso-999999999", "sso-x", "google")) {
            assertThat(browser.send(get(base + "/oauth2/authorization/" + id), HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .as(id)
                    .isEqualTo(404);
        }

        jdbc.update(
                "update sign_in_provider set enabled = true, issuer_uri = 'http://localhost:1/nobody' where id = ?",
                providerId);
        HttpResponse<String> start = browser.send(
                get(base + "/oauth2/authorization/sso-" + providerId), HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(refusal(start)).isEqualTo("unavailable");
        assertThat(browser.send(get(base + "/login?sso=unavailable"), HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("ikke tilgjengelig akkurat nå");

        // A callback no sign-in was started for.
        assertThat(refusal(browser.send(
                        get(base + "/login/oauth2/code/sso-" + providerId + "?code=abc&state=def"),
                        HttpResponse.BodyHandlers.ofString())))
                .isEqualTo("failed");
    }

    @Test
    void theAdminSetsUpAnOrganisationWithMessagesNextToTheFieldsAndTheSecretNeverShown() throws Exception {
        long fjord = jdbc.queryForObject(
                "select provider_organisation_id from person where email = ?",
                Long.class,
                DemoAccounts.COORDINATOR_FJORD);
        Map<String, String> form = new HashMap<>(Map.of(
                "organisation", "provider-" + fjord,
                "displayName", "Fjord Lederutvikling",
                "kind", "FEIDE",
                "issuerUri", "http://auth.example.org/fjord",
                "clientId", "samla-fjord",
                "clientSecret", "",
                "scopes", "email profile",
                "emailDomains", "fjordleder.example, not a domain",
                "enabled", "true",
                "version", "0"));
        String rejected = mvc.perform(post("/admin/sign-in")
                        .with(DemoUsers.ADMIN.as(accounts))
                        .with(csrf())
                        .params(params(form)))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(rejected)
                .contains("id=\"issuerUri-error\"", "id=\"clientSecret-error\"", "id=\"scopes-error\"")
                .contains("id=\"emailDomains-error\"")
                .contains("value=\"http://auth.example.org/fjord\"", "value=\"samla-fjord\"");
        assertThat(count("Fjord Lederutvikling")).isZero();

        form.putAll(Map.of(
                "issuerUri",
                "https://auth.dataporten.no",
                "clientSecret",
                "s3cret-value",
                "scopes",
                "openid email userid-feide",
                "emailDomains",
                "fjordleder.example"));
        String location = mvc.perform(post("/admin/sign-in")
                        .with(DemoUsers.ADMIN.as(accounts))
                        .with(csrf())
                        .params(params(form)))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(count("Fjord Lederutvikling")).isOne();
        String edit = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(location)
                        .with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(edit).contains("userid-feide", "/login/oauth2/code/sso-").doesNotContain("s3cret-value");

        // A second sign-in for the same organisation is refused next to the field.
        form.put("displayName", "Fjord igjen");
        assertThat(mvc.perform(post("/admin/sign-in")
                                .with(DemoUsers.ADMIN.as(accounts))
                                .with(csrf())
                                .params(params(form)))
                        .andExpect(status().isUnprocessableContent())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"organisation-error\"");
        assertThat(jdbc.queryForObject(
                        "select client_secret from sign_in_provider where display_name = 'Fjord Lederutvikling'",
                        String.class))
                .isEqualTo("s3cret-value");
    }

    private long count(String displayName) {
        return jdbc.queryForObject(
                "select count(*) from sign_in_provider where display_name = ?", Long.class, displayName);
    }

    private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> form) {
        org.springframework.util.LinkedMultiValueMap<String, String> params =
                new org.springframework.util.LinkedMultiValueMap<>();
        form.forEach(params::add);
        return params;
    }

    private static Map<String, Object> claims(String email, Boolean verified) {
        Map<String, Object> claims = new HashMap<>(Map.of("email", email, "name", "Someone"));
        if (verified != null) {
            claims.put("email_verified", verified);
        }
        return claims;
    }

    /** Signs in with the provider issuing a token with these claims, expiring in as many seconds. */
    private HttpResponse<String> signIn(HttpClient browser, Map<String, Object> claims, long expiresIn)
            throws Exception {
        provider.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-1", "JWT", List.of(CLIENT_ID), claims, expiresIn));
        return followToProviderAndBack(browser);
    }

    /** From Samla to the provider's authorisation endpoint and back to Samla's callback: Samla's last answer. */
    private HttpResponse<String> followToProviderAndBack(HttpClient browser) throws Exception {
        String authorize = redirect(browser, base + "/oauth2/authorization/sso-" + providerId);
        assertThat(authorize)
                .startsWith(provider.authorizationEndpointUrl(ISSUER_ID).toString());
        String callback = redirect(browser, authorize);
        assertThat(callback).startsWith(base + "/login/oauth2/code/sso-" + providerId);
        return browser.send(get(callback), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * As {@link #followToProviderAndBack}, but the token endpoint answers with an ID token for the leader made here,
     * with these claims over the usual ones and expiring so long after now, passed through {@code change} first.
     */
    private HttpResponse<String> signInWithToken(
            HttpClient browser,
            Map<String, Object> otherClaims,
            Duration expiresIn,
            java.util.function.UnaryOperator<String> change)
            throws Exception {
        String authorize = redirect(browser, base + "/oauth2/authorization/sso-" + providerId);
        String nonce = query(authorize).get("nonce");
        String callback = redirect(browser, authorize);
        Map<String, Object> claims = claims(DemoAccounts.LEADER_DRAMMEN, true);
        claims.putAll(Map.of("nonce", nonce, "sub", "subject-1", "aud", CLIENT_ID));
        claims.putAll(otherClaims);
        // Signed with the provider's own key, for exactly these claims.
        SignedJWT idToken = provider.anyToken(provider.issuerUrl(ISSUER_ID), claims, expiresIn);
        SignedJWT accessToken = provider.anyToken(provider.issuerUrl(ISSUER_ID), claims, Duration.ofHours(1));
        craftedTokenResponse.set("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"openid email profile\","
                + "\"access_token\":\"" + accessToken.serialize() + "\","
                + "\"id_token\":\"" + change.apply(idToken.serialize()) + "\"}");
        return browser.send(get(callback), HttpResponse.BodyHandlers.ofString());
    }

    private static String redirect(HttpClient browser, String url) throws Exception {
        HttpResponse<String> response = browser.send(get(url), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(302);
        return URI.create(url)
                .resolve(response.headers().firstValue("Location").orElseThrow())
                .toString();
    }

    /** The reason the login page is asked to show, or null when Samla went anywhere else. */
    private static String refusal(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        URI to = URI.create(response.headers().firstValue("Location").orElseThrow());
        return "/login".equals(to.getPath()) && to.getQuery() != null
                ? query(to.toString()).get("sso")
                : null;
    }

    private static Map<String, String> query(String url) {
        String query = URI.create(url).getRawQuery();
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8),
                        (first, second) -> first));
    }

    /** A page only a signed-in user may open. */
    private boolean isSignedIn(HttpClient browser) throws Exception {
        return browser.send(get(base + "/account/password"), HttpResponse.BodyHandlers.ofString())
                        .statusCode()
                == 200;
    }
}
