package no.samla.platform;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** A saved version of a platform: its principles as they were after a gathering. Never changed once saved. */
@Entity
@Table(name = "platform_version")
@Immutable
public class PlatformVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "platform_id")
    private long platformId;

    private int number;

    @Column(name = "gathering_id")
    private Long gatheringId;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "platform_version_principle", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<VersionPrinciple> principles = new ArrayList<>();

    protected PlatformVersion() {}

    PlatformVersion(long platformId, int number, Long gatheringId, long createdBy, Instant now, List<Principle> draft) {
        this.platformId = platformId;
        this.number = number;
        this.gatheringId = gatheringId;
        this.createdBy = createdBy;
        this.createdAt = now;
        draft.forEach(principle -> principles.add(new VersionPrinciple(principle.getId(), principle.texts())));
    }

    public Long getId() {
        return id;
    }

    public long getPlatformId() {
        return platformId;
    }

    public int getNumber() {
        return number;
    }

    public Long getGatheringId() {
        return gatheringId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<VersionPrinciple> getPrinciples() {
        return Collections.unmodifiableList(principles);
    }
}
