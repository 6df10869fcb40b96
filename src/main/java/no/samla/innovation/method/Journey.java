package no.samla.innovation.method;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.samla.system.FieldConflictException;

/**
 * A user journey (brukerreise) of an innovation case: who the user is and the steps they go through, in order. The
 * journey is one unit for concurrent editing: every change to it or its steps raises its version.
 */
@Entity
@Table(name = "innovation_journey")
public class Journey {

    /** A journey longer than this is better split in two; the cap also keeps its page bounded. */
    public static final int MAX_STEPS = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    private String title;

    private String persona;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "journey_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<JourneyStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected Journey() {}

    Journey(long caseId, long createdBy, Instant now) {
        this.caseId = caseId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(String title, String persona, Instant now) {
        this.title = title;
        this.persona = persona;
        this.updatedAt = now;
    }

    void addStep(JourneyStep.Data data, Instant now) {
        if (steps.size() >= MAX_STEPS) {
            throw new FieldConflictException("action", "method.step.tooMany");
        }
        steps.add(new JourneyStep(steps.size(), data));
        this.updatedAt = now;
    }

    void changeStep(long stepId, JourneyStep.Data data, Instant now) {
        step(stepId).change(data);
        this.updatedAt = now;
    }

    /** Moves a step one place up (towards the start) or down; at either end nothing moves. */
    void moveStep(long stepId, boolean up, Instant now) {
        int index = steps.indexOf(step(stepId));
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < steps.size()) {
            Collections.swap(steps, index, other);
            renumber();
        }
        this.updatedAt = now;
    }

    void removeStep(long stepId, Instant now) {
        steps.remove(step(stepId));
        renumber();
        this.updatedAt = now;
    }

    JourneyStep step(long stepId) {
        return steps.stream()
                .filter(step -> step.getId() != null && step.getId() == stepId)
                .findFirst()
                .orElseThrow(() -> new no.samla.system.NotFoundException("JourneyStep", stepId));
    }

    private void renumber() {
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).placeAt(i);
        }
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getTitle() {
        return title;
    }

    public String getPersona() {
        return persona;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<JourneyStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public long getVersion() {
        return version;
    }
}
