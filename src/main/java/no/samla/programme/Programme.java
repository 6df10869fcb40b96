package no.samla.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A leadership development programme run by a provider for one or more municipalities. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String description;

    @Column(name = "provider_organisation_id")
    private Long providerOrganisationId;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private ProgrammeStatus status = ProgrammeStatus.DRAFT;

    private boolean template;

    @ElementCollection
    @CollectionTable(name = "programme_theme", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    @Column(name = "title")
    private List<String> themes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "programme_coordinator", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "person_id")
    private Set<Long> coordinatorIds = new HashSet<>();

    @Embedded
    private StructurePlan plan;

    @Embedded
    private Rates rates;

    @Version
    private long version;

    protected Programme() {}

    Programme(ProgrammeData data, boolean template) {
        this.template = template;
        update(data);
    }

    void update(ProgrammeData data) {
        this.name = data.name();
        this.description = data.description();
        this.providerOrganisationId = data.providerOrganisationId();
        this.startDate = data.startDate();
        this.endDate = data.endDate();
        this.themes.clear();
        this.themes.addAll(data.themes());
        this.coordinatorIds.clear();
        this.coordinatorIds.addAll(data.coordinatorIds());
        this.plan = data.plan();
        this.rates = data.rates();
    }

    void updateRates(Rates rates) {
        this.rates = rates;
    }

    void moveTo(ProgrammeStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("A programme cannot move from " + status + " to " + target);
        }
        this.status = target;
    }

    public ProgrammeData data() {
        return new ProgrammeData(
                name,
                description,
                providerOrganisationId,
                startDate,
                endDate,
                List.copyOf(themes),
                Set.copyOf(coordinatorIds),
                plan,
                rates);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Long getProviderOrganisationId() {
        return providerOrganisationId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public boolean isTemplate() {
        return template;
    }

    List<String> themesForLoading() {
        return themes;
    }

    Set<Long> coordinatorIdsForLoading() {
        return coordinatorIds;
    }

    public List<String> getThemes() {
        return List.copyOf(themes);
    }

    public Set<Long> getCoordinatorIds() {
        return Set.copyOf(coordinatorIds);
    }

    public boolean isCoordinatedBy(long personId) {
        return coordinatorIds.contains(personId);
    }

    public StructurePlan getPlan() {
        return plan;
    }

    public Rates getRates() {
        return rates;
    }

    public long getVersion() {
        return version;
    }
}
