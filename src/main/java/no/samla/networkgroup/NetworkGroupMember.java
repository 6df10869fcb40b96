package no.samla.networkgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A person's time in a network group; leaving sets {@code leftOn}, so who met whom is kept. */
@Entity
@Table(name = "network_group_member")
public class NetworkGroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_group_id")
    private long networkGroupId;

    @Column(name = "person_id")
    private long personId;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected NetworkGroupMember() {}

    public Long getId() {
        return id;
    }

    public long getNetworkGroupId() {
        return networkGroupId;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
