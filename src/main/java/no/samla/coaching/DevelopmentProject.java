package no.samla.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A leader's development project in one programme, and whom they share it with (no one by default). */
@Entity
@Table(name = "development_project")
public class DevelopmentProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "person_id")
    private long personId;

    @Column(name = "share_with_coach")
    private boolean shareWithCoach;

    @Column(name = "share_with_network_group")
    private boolean shareWithNetworkGroup;

    @Column(name = "share_with_coordinators")
    private boolean shareWithCoordinators;

    @Version
    private long version;

    protected DevelopmentProject() {}

    DevelopmentProject(long programmeId, long personId) {
        this.programmeId = programmeId;
        this.personId = personId;
    }

    void share(Sharing sharing) {
        this.shareWithCoach = sharing.coach();
        this.shareWithNetworkGroup = sharing.networkGroup();
        this.shareWithCoordinators = sharing.coordinators();
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

    public Sharing getSharing() {
        return new Sharing(shareWithCoach, shareWithNetworkGroup, shareWithCoordinators);
    }

    public long getVersion() {
        return version;
    }

    /** Who besides the leader may read the project; all false means only the leader. */
    public record Sharing(boolean coach, boolean networkGroup, boolean coordinators) {

        public static Sharing onlyMe() {
            return new Sharing(false, false, false);
        }

        public boolean onlyOwner() {
            return !coach && !networkGroup && !coordinators;
        }
    }
}
