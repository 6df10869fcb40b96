package no.samla.innovation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * An innovation case in one programme: a local need worked on by a leader group, a municipality or one leader, with
 * its team, where it stands and which roadmap phase it is in. Method tools, pitches and benefits refer to its id.
 */
@Entity
@Table(name = "innovation_case")
public class InnovationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    private String title;

    @Column(name = "owner_leader_group_id")
    private Long ownerLeaderGroupId;

    @Column(name = "owner_municipality_id")
    private Long ownerMunicipalityId;

    @Column(name = "owner_person_id")
    private Long ownerPersonId;

    @Column(name = "municipality_id")
    private Long municipalityId;

    private String need;

    @Column(name = "target_group")
    private String targetGroup;

    private String goals;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Enumerated(EnumType.STRING)
    private CaseHealth health;

    @Column(name = "health_reason")
    private String healthReason;

    @Column(name = "phase_id")
    private long phaseId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "innovation_case_member", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "person_id")
    private Set<Long> team = new HashSet<>();

    @Version
    private long version;

    protected InnovationCase() {}

    InnovationCase(long programmeId, long phaseId, Instant now) {
        this.programmeId = programmeId;
        this.phaseId = phaseId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void own(CaseOwner owner, Long municipalityId) {
        this.ownerLeaderGroupId = owner.kind() == OwnerKind.LEADER_GROUP ? owner.id() : null;
        this.ownerMunicipalityId = owner.kind() == OwnerKind.MUNICIPALITY ? owner.id() : null;
        this.ownerPersonId = owner.kind() == OwnerKind.LEADER ? owner.id() : null;
        this.municipalityId = municipalityId;
    }

    void describe(CaseData data, Instant now) {
        this.title = data.title();
        this.need = data.need();
        this.targetGroup = data.targetGroup();
        this.goals = data.goals();
        this.status = data.status();
        this.statusReason = data.statusReason();
        this.health = data.health();
        this.healthReason = data.healthReason();
        this.updatedAt = now;
    }

    void staff(Set<Long> members) {
        team.clear();
        team.addAll(members);
    }

    void moveTo(long phaseId, Instant now) {
        this.phaseId = phaseId;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getTitle() {
        return title;
    }

    public CaseOwner getOwner() {
        if (ownerLeaderGroupId != null) {
            return new CaseOwner(OwnerKind.LEADER_GROUP, ownerLeaderGroupId);
        }
        if (ownerMunicipalityId != null) {
            return new CaseOwner(OwnerKind.MUNICIPALITY, ownerMunicipalityId);
        }
        return new CaseOwner(OwnerKind.LEADER, ownerPersonId);
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public String getNeed() {
        return need;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public String getGoals() {
        return goals;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public CaseHealth getHealth() {
        return health;
    }

    public String getHealthReason() {
        return healthReason;
    }

    public long getPhaseId() {
        return phaseId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The team's person ids; loaded on first use, so read it inside a transaction. */
    public Set<Long> getTeam() {
        return Set.copyOf(team);
    }

    public long getVersion() {
        return version;
    }
}
