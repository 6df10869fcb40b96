package no.samla.innovation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A roadmap step as one case's team has worked it: ticked or not, with a note and evidence. */
@Entity
@Table(name = "innovation_case_step")
public class CaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    @Column(name = "step_id")
    private long stepId;

    private boolean done;

    private String note;

    private String evidence;

    @Column(name = "updated_by")
    private long updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    /** The version a form gives when the step had no work yet when it was opened. */
    public static final long NOT_STARTED = -1;

    protected CaseStep() {}

    CaseStep(long caseId, long stepId) {
        this.caseId = caseId;
        this.stepId = stepId;
    }

    void record(boolean done, String note, String evidence, long personId, Instant now) {
        this.done = done;
        this.note = note;
        this.evidence = evidence;
        this.updatedBy = personId;
        this.updatedAt = now;
    }

    public long getStepId() {
        return stepId;
    }

    public boolean isDone() {
        return done;
    }

    public String getNote() {
        return note;
    }

    public String getEvidence() {
        return evidence;
    }

    /** Evidence that is a web address, which the page shows as a link. */
    public boolean isEvidenceLink() {
        return evidence != null && (evidence.startsWith("https://") || evidence.startsWith("http://"));
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
