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

/**
 * A person Samla knows: a leader in a municipality, a coordinator at a provider, municipality staff.
 * Belongs to a municipality or a provider organisation (referenced by id).
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name")
    private String fullName;

    private String email;
    private String phone;
    private String title;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(name = "provider_organisation_id")
    private Long providerOrganisationId;

    private String unit;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    /** The person's own manager, if known; network groups keep the two apart. */
    @Column(name = "manager_person_id")
    private Long managerPersonId;

    /** When erasure replaced the name and contact details; the row stays for what others rely on. */
    @Column(name = "anonymised_at", insertable = false, updatable = false)
    private java.time.Instant anonymisedAt;

    @Version
    private long version;

    protected Person() {}

    public Person(PersonData data) {
        update(data);
    }

    public void update(PersonData data) {
        this.fullName = data.fullName();
        this.email = data.email();
        this.phone = data.phone();
        this.title = data.title();
        this.municipalityId = data.municipalityId();
        this.providerOrganisationId = data.providerOrganisationId();
        this.unit = data.unit();
        this.sector = data.sector();
    }

    public PersonData data() {
        return new PersonData(fullName, email, phone, title, municipalityId, providerOrganisationId, unit, sector);
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getTitle() {
        return title;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public Long getProviderOrganisationId() {
        return providerOrganisationId;
    }

    public String getUnit() {
        return unit;
    }

    public Sector getSector() {
        return sector;
    }

    public Long getManagerPersonId() {
        return managerPersonId;
    }

    void assignManager(Long managerPersonId) {
        this.managerPersonId = managerPersonId;
    }

    public long getVersion() {
        return version;
    }
}
