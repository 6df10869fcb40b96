package no.samla.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.samla.people.SignInProvider;
import no.samla.people.SignInProviderData;
import no.samla.people.SignInProviderKind;
import org.springframework.validation.BindingResult;

/**
 * An organisation's single sign-on as the admin form shows it. The organisation is one choice over municipalities and
 * provider organisations ({@code municipality-12}, {@code provider-3}); the client secret is never shown, and left
 * empty on a change it stays as it was.
 */
record SignInProviderForm(
        @NotBlank String organisation,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull SignInProviderKind kind,
        @NotBlank @Size(max = 500) String issuerUri,
        @NotBlank @Size(max = 200) String clientId,
        @Size(max = 500) String clientSecret,
        @NotBlank @Size(max = 300) String scopes,
        @Size(max = 1000) String emailDomains,
        Boolean enabled,
        @NotNull Long version) {

    static final String MUNICIPALITY = "municipality-";
    static final String PROVIDER = "provider-";

    private static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9_:./-]+");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    static SignInProviderForm empty() {
        return new SignInProviderForm(
                "", "", SignInProviderKind.ENTRA_ID, "", "", "", "openid email profile", "", true, 0L);
    }

    static SignInProviderForm of(SignInProvider provider) {
        String organisation = provider.getMunicipalityId() != null
                ? MUNICIPALITY + provider.getMunicipalityId()
                : PROVIDER + provider.getProviderOrganisationId();
        return new SignInProviderForm(
                organisation,
                provider.getDisplayName(),
                provider.getKind(),
                provider.getIssuerUri(),
                provider.getClientId(),
                "",
                provider.getScopes(),
                String.join(" ", provider.emailDomains()),
                provider.isEnabled(),
                provider.getVersion());
    }

    /** The checks a single annotation cannot make; each message goes next to its field. */
    void check(BindingResult result, boolean secretRequired) {
        if (!result.hasFieldErrors("organisation") && organisationId() == null) {
            result.rejectValue("organisation", "signIn.organisation.unknown");
        }
        if (!result.hasFieldErrors("issuerUri") && !isIssuer(issuerUri)) {
            result.rejectValue("issuerUri", "signIn.issuerUri.invalid");
        }
        if (secretRequired && (clientSecret == null || clientSecret.isBlank())) {
            result.rejectValue("clientSecret", "signIn.clientSecret.required");
        }
        if (!result.hasFieldErrors("scopes") && scopes != null) {
            List<String> list = words(scopes);
            if (!list.contains("openid")
                    || !list.stream().allMatch(scope -> SCOPE.matcher(scope).matches())) {
                result.rejectValue("scopes", "signIn.scopes.invalid");
            }
        }
        if (!result.hasFieldErrors("emailDomains")
                && !domains(emailDomains).stream()
                        .allMatch(domain -> DOMAIN.matcher(domain).matches())) {
            result.rejectValue("emailDomains", "signIn.emailDomains.invalid");
        }
    }

    SignInProviderData toData() {
        String organisationId = organisationId();
        boolean municipality = organisation.startsWith(MUNICIPALITY);
        Long id = Long.valueOf(organisationId);
        return new SignInProviderData(
                municipality ? id : null,
                municipality ? null : id,
                displayName.strip(),
                kind,
                issuerUri.strip(),
                clientId.strip(),
                clientSecret == null || clientSecret.isBlank() ? null : clientSecret.strip(),
                String.join(" ", words(scopes)),
                domains(emailDomains),
                Boolean.TRUE.equals(enabled));
    }

    private String organisationId() {
        if (organisation == null) {
            return null;
        }
        for (String prefix : List.of(MUNICIPALITY, PROVIDER)) {
            if (organisation.startsWith(prefix)) {
                String id = organisation.substring(prefix.length());
                return id.matches("[1-9][0-9]{0,17}") ? id : null;
            }
        }
        return null;
    }

    /** HTTPS, or HTTP to this machine for a provider running beside Samla; no query or fragment. */
    private static boolean isIssuer(String value) {
        if (value == null) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean secure = scheme.equals("https") || (scheme.equals("http") && LOCAL_HOSTS.contains(uri.getHost()));
            return secure && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    /** Scopes keep their case (providers tell them apart); domains do not have one. */
    private static List<String> words(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : Arrays.stream(value.strip().split("[\\s,;]+")).distinct().toList();
    }

    private static List<String> domains(String value) {
        return words(value == null ? null : value.toLowerCase(Locale.ROOT));
    }
}
