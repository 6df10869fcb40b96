package no.samla.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** An organisation's OpenID Connect provider, which its people may sign in with instead of a password. */
@Entity
@Table(name = "sign_in_provider")
public class SignInProvider {

    /** Registration ids are this prefix and the provider's id, as in {@code /oauth2/authorization/sso-12}. */
    public static final String REGISTRATION_PREFIX = "sso-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(name = "provider_organisation_id")
    private Long providerOrganisationId;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    private SignInProviderKind kind;

    @Column(name = "issuer_uri")
    private String issuerUri;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "client_secret")
    private String clientSecret;

    private String scopes;

    @Column(name = "email_domains")
    private String emailDomains;

    private boolean enabled;

    @Version
    private long version;

    protected SignInProvider() {}

    SignInProvider(SignInProviderData data) {
        apply(data);
    }

    final void apply(SignInProviderData data) {
        this.municipalityId = data.municipalityId();
        this.providerOrganisationId = data.providerOrganisationId();
        this.displayName = data.displayName();
        this.kind = data.kind();
        this.issuerUri = data.issuerUri();
        this.clientId = data.clientId();
        if (data.clientSecret() != null) {
            this.clientSecret = data.clientSecret();
        }
        this.scopes = data.scopes();
        this.emailDomains = String.join(" ", data.emailDomains());
        this.enabled = data.enabled();
    }

    public String registrationId() {
        return REGISTRATION_PREFIX + id;
    }

    /** Whether an address in this domain counts as verified for this organisation. */
    public boolean ownsDomainOf(String email) {
        int at = email.lastIndexOf('@');
        return at > 0 && emailDomains().contains(email.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether the person belongs to this provider's organisation. */
    public boolean isOrganisationOf(Person person) {
        return municipalityId != null
                ? municipalityId.equals(person.getMunicipalityId())
                : providerOrganisationId.equals(person.getProviderOrganisationId());
    }

    public List<String> emailDomains() {
        return emailDomains == null || emailDomains.isBlank()
                ? List.of()
                : Arrays.asList(emailDomains.strip().split("\\s+"));
    }

    public List<String> scopeList() {
        return Arrays.asList(scopes.strip().split("\\s+"));
    }

    public Long getId() {
        return id;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public Long getProviderOrganisationId() {
        return providerOrganisationId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public SignInProviderKind getKind() {
        return kind;
    }

    public String getIssuerUri() {
        return issuerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public String getScopes() {
        return scopes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getVersion() {
        return version;
    }
}
