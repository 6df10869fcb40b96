package no.samla.platform;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.samla.system.FieldConflictException;
import no.samla.system.NotFoundException;

/**
 * A programme's common leadership platform, for the whole programme or for one of its municipalities: the working
 * draft of principles in order, the comment window and the adopted version. The platform is one unit for concurrent
 * editing: every change to it or its principles raises its version.
 */
@Entity
@Table(name = "leadership_platform")
public class LeadershipPlatform {

    /** More principles than this is no longer a platform people remember; the cap also keeps its pages bounded. */
    public static final int MAX_PRINCIPLES = 30;

    /** A version per gathering, and a few more: the cap keeps the version list and the comparison's choices short. */
    public static final int MAX_VERSIONS = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(name = "comments_open")
    private boolean commentsOpen;

    @Column(name = "comments_close_at")
    private Instant commentsCloseAt;

    @Column(name = "adopted_version_id")
    private Long adoptedVersionId;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "platform_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<Principle> principles = new ArrayList<>();

    @Version
    private long version;

    protected LeadershipPlatform() {}

    LeadershipPlatform(long programmeId, Long municipalityId, Instant now) {
        this.programmeId = programmeId;
        this.municipalityId = municipalityId;
        this.createdAt = now;
    }

    Principle addPrinciple(Principle.Texts texts) {
        if (principles.size() >= MAX_PRINCIPLES) {
            throw new FieldConflictException("title", "platform.principle.tooMany");
        }
        Principle principle = new Principle(principles.size(), texts);
        principles.add(principle);
        return principle;
    }

    void changePrinciple(long principleId, Principle.Texts texts) {
        principle(principleId).change(texts);
    }

    /** Moves a principle one place up (towards the start) or down; at either end nothing moves. */
    void movePrinciple(long principleId, boolean up) {
        int index = principles.indexOf(principle(principleId));
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < principles.size()) {
            Collections.swap(principles, index, other);
            renumber();
        }
    }

    void removePrinciple(long principleId) {
        principles.remove(principle(principleId));
        renumber();
    }

    /** The kept principle takes in the other's texts; the other leaves the draft. */
    void merge(long keptId, long otherId) {
        if (keptId == otherId) {
            throw new FieldConflictException("other", "platform.merge.same");
        }
        Principle kept = principle(keptId);
        Principle other = principle(otherId);
        kept.absorb(other);
        principles.remove(other);
        renumber();
    }

    void openComments(Instant until) {
        this.commentsOpen = true;
        this.commentsCloseAt = until;
    }

    void closeComments() {
        this.commentsOpen = false;
        this.commentsCloseAt = null;
    }

    void adopt(long versionId, LocalDate on) {
        this.adoptedVersionId = versionId;
        this.adoptedOn = on;
    }

    /** Whether leaders may comment and react now. */
    public boolean commentsOpenAt(Instant now) {
        return commentsOpen && (commentsCloseAt == null || now.isBefore(commentsCloseAt));
    }

    public Principle principle(long principleId) {
        return principles.stream()
                .filter(principle -> principle.getId() != null && principle.getId() == principleId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Principle", principleId));
    }

    private void renumber() {
        for (int i = 0; i < principles.size(); i++) {
            principles.get(i).placeAt(i);
        }
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    /** The municipality the platform is for, or null for the whole programme. */
    public Long getMunicipalityId() {
        return municipalityId;
    }

    public boolean isCommentsOpen() {
        return commentsOpen;
    }

    public Instant getCommentsCloseAt() {
        return commentsCloseAt;
    }

    public Long getAdoptedVersionId() {
        return adoptedVersionId;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public List<Principle> getPrinciples() {
        return Collections.unmodifiableList(principles);
    }

    public long getVersion() {
        return version;
    }
}
