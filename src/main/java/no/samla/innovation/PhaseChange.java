package no.samla.innovation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One move of a case between roadmap phases on its timeline: when, who decided, and why. */
@Entity
@Table(name = "innovation_phase_change")
public class PhaseChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    @Column(name = "from_phase_id")
    private Long fromPhaseId;

    @Column(name = "to_phase_id")
    private long toPhaseId;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by")
    private String decidedBy;

    private String comment;

    @Column(name = "recorded_by")
    private long recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected PhaseChange() {}

    PhaseChange(
            long caseId,
            Long fromPhaseId,
            long toPhaseId,
            LocalDate decidedOn,
            String decidedBy,
            String comment,
            long recordedBy,
            Instant recordedAt) {
        this.caseId = caseId;
        this.fromPhaseId = fromPhaseId;
        this.toPhaseId = toPhaseId;
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
        this.comment = comment;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Long getFromPhaseId() {
        return fromPhaseId;
    }

    public long getToPhaseId() {
        return toPhaseId;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getComment() {
        return comment;
    }

    public long getRecordedBy() {
        return recordedBy;
    }
}
