package no.samla.innovation.method;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;

/** A five whys analysis (5 x hvorfor): a problem, the chain of answers to "why?" in order, and the root cause. */
@Entity
@Table(name = "innovation_why_analysis")
public class WhyAnalysis {

    /** How many whys an analysis may hold: five is the method, a couple more are allowed. */
    public static final int MAX_WHYS = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    private String problem;

    @Column(name = "root_cause")
    private String rootCause;

    @ElementCollection
    @CollectionTable(name = "innovation_why_answer", joinColumns = @JoinColumn(name = "analysis_id"))
    @OrderColumn(name = "position")
    @Column(name = "answer")
    @BatchSize(size = 50)
    private List<String> answers = new ArrayList<>();

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected WhyAnalysis() {}

    WhyAnalysis(long caseId, long createdBy, Instant now) {
        this.caseId = caseId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void write(Data data, Instant now) {
        this.problem = data.problem();
        this.rootCause = data.rootCause();
        this.answers.clear();
        this.answers.addAll(data.whys());
        this.updatedAt = now;
    }

    /** Loads the whys while the transaction is open, so a view can show them (a page's in one batch). */
    void loadAnswers() {
        Hibernate.initialize(answers);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getProblem() {
        return problem;
    }

    public String getRootCause() {
        return rootCause;
    }

    public List<String> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The problem, the answers to "why?" in order (one to {@link #MAX_WHYS}) and the root cause (or null). */
    public record Data(String problem, List<String> whys, String rootCause) {}
}
