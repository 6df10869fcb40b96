package no.samla.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An organisation that runs programmes: a consultancy, a regional network, a municipality's own unit. */
@Entity
@Table(name = "provider_organisation")
public class ProviderOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private ProviderKind kind;

    @Column(name = "org_number")
    private String orgNumber;

    private String email;
    private String website;

    @Version
    private long version;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    protected ProviderOrganisation() {}

    public ProviderOrganisation(String name, ProviderKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public void update(String name, ProviderKind kind, String orgNumber, String email, String website) {
        this.name = name;
        this.kind = kind;
        this.orgNumber = orgNumber;
        this.email = email;
        this.website = website;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    public long getVersion() {
        return version;
    }
}
