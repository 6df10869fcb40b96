package no.samla.innovation.method;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An idea for an innovation case, with a short description; the team shortlists the ones to take further. */
@Entity
@Table(name = "innovation_idea")
public class Idea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    private String title;

    private String description;

    private boolean shortlisted;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Idea() {}

    Idea(long caseId, String title, String description, long createdBy, Instant now) {
        this.caseId = caseId;
        this.title = title;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void shortlist(boolean shortlisted) {
        this.shortlisted = shortlisted;
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

    public String getDescription() {
        return description;
    }

    public boolean isShortlisted() {
        return shortlisted;
    }

    public long getCreatedBy() {
        return createdBy;
    }
}
