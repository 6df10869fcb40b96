package no.samla.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person's part in a programme with their roles; leaving keeps the row as history. */
@Entity
@Table(name = "participation")
public class Participation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "person_id")
    private long personId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_group_id")
    private LeaderGroup leaderGroup;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @ElementCollection
    @CollectionTable(name = "participation_role", joinColumns = @JoinColumn(name = "participation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<ParticipationRole> roles = new HashSet<>();

    @Version
    private long version;

    protected Participation() {}

    Participation(
            long programmeId,
            long personId,
            Set<ParticipationRole> roles,
            LeaderGroup leaderGroup,
            LocalDate joinedOn) {
        this.programmeId = programmeId;
        this.personId = personId;
        this.roles = new HashSet<>(roles);
        this.leaderGroup = leaderGroup;
        this.joinedOn = joinedOn;
    }

    void leave(LocalDate on) {
        this.leftOn = on.isBefore(joinedOn) ? joinedOn : on;
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public long getPersonId() {
        return personId;
    }

    public LeaderGroup getLeaderGroup() {
        return leaderGroup;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public boolean isActive() {
        return leftOn == null;
    }

    public Set<ParticipationRole> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(ParticipationRole.class) : EnumSet.copyOf(roles);
    }
}
