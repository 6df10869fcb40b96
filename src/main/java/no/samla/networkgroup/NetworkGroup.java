package no.samla.networkgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A network group of a programme: numbered, named, active or dissolved. Meetings refer to it by id. */
@Entity
@Table(name = "network_group")
public class NetworkGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    private int number;

    private String name;

    @Enumerated(EnumType.STRING)
    private NetworkGroupStatus status;

    @Column(name = "formed_on")
    private LocalDate formedOn;

    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    @Version
    private long version;

    protected NetworkGroup() {}

    NetworkGroup(long programmeId, int number, String name, LocalDate formedOn) {
        this.programmeId = programmeId;
        this.number = number;
        this.name = name;
        this.status = NetworkGroupStatus.ACTIVE;
        this.formedOn = formedOn;
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public NetworkGroupStatus getStatus() {
        return status;
    }

    public LocalDate getFormedOn() {
        return formedOn;
    }

    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    public long getVersion() {
        return version;
    }
}
