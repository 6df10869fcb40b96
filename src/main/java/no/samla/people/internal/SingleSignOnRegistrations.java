package no.samla.people.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import no.samla.people.SignInProvider;
import no.samla.people.SignInProviders;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The client registrations of the organisations' providers, read from the database so the admin can add one without a
 * restart. A provider's endpoints come from its discovery document, fetched once per version of its settings.
 */
@Component
class SingleSignOnRegistrations implements ClientRegistrationRepository {

    static final String UNAVAILABLE = "samla_provider_unavailable";

    private record Discovered(long version, ClientRegistration registration) {}

    private final SignInProviders providers;
    private final RestClient discovery;
    private final Map<Long, Discovered> discovered = new ConcurrentHashMap<>();

    SingleSignOnRegistrations(SignInProviders providers) {
        this.providers = providers;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        // A provider that does not answer must not hold a login page request for long.
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.discovery = RestClient.builder().requestFactory(requests).build();
    }

    /** Null for an unknown or disabled provider; an authentication failure when its discovery cannot be read. */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        SignInProvider provider = providers.findEnabled(registrationId).orElse(null);
        if (provider == null) {
            return null;
        }
        Discovered known = discovered.get(provider.getId());
        if (known == null || known.version() != provider.getVersion()) {
            known = new Discovered(provider.getVersion(), register(provider));
            discovered.put(provider.getId(), known);
        }
        return known.registration();
    }

    private ClientRegistration register(SignInProvider provider) {
        String issuer = provider.getIssuerUri();
        Map<String, Object> configuration;
        try {
            configuration = discovery
                    .get()
                    .uri(stripTrailingSlash(issuer) + "/.well-known/openid-configuration")
                    .retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() {});
        } catch (RestClientException | IllegalArgumentException unreadable) {
            throw unavailable("The discovery document of " + issuer + " could not be read", unreadable);
        }
        // The document must be the issuer's own: tokens are later checked against this issuer.
        if (configuration == null || !Objects.equals(configuration.get("issuer"), issuer)) {
            throw unavailable("The discovery document of " + issuer + " names another issuer", null);
        }
        try {
            return ClientRegistrations.fromOidcConfiguration(configuration)
                    .registrationId(provider.registrationId())
                    .clientName(provider.getDisplayName())
                    .clientId(provider.getClientId())
                    .clientSecret(provider.getClientSecret())
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(provider.scopeList())
                    .userNameAttributeName("sub")
                    .build();
        } catch (IllegalArgumentException | IllegalStateException incomplete) {
            throw unavailable("The discovery document of " + issuer + " lacks what sign-in needs", incomplete);
        }
    }

    private static OAuth2AuthenticationException unavailable(String description, Throwable cause) {
        OAuth2Error error = new OAuth2Error(UNAVAILABLE, description, null);
        return cause == null
                ? new OAuth2AuthenticationException(error)
                : new OAuth2AuthenticationException(error, cause);
    }

    private static String stripTrailingSlash(String issuer) {
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }
}
