package no.samla.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved text of a development project; every save adds one and none is changed afterwards. */
@Entity
@Table(name = "development_project_version")
public class DevelopmentProjectVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id")
    private long projectId;

    private int number;

    private String goal;

    private String why;

    @Enumerated(EnumType.STRING)
    private LeadershipBehaviour behaviour;

    private String practice;

    private String evidence;

    @Column(name = "created_at")
    private Instant createdAt;

    protected DevelopmentProjectVersion() {}

    DevelopmentProjectVersion(long projectId, int number, ProjectText text, Instant createdAt) {
        this.projectId = projectId;
        this.number = number;
        this.goal = text.goal();
        this.why = text.why();
        this.behaviour = text.behaviour();
        this.practice = text.practice();
        this.evidence = text.evidence();
        this.createdAt = createdAt;
    }

    public int getNumber() {
        return number;
    }

    public long getProjectId() {
        return projectId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ProjectText text() {
        return new ProjectText(goal, why, behaviour, practice, evidence);
    }

    /** What a leader writes: what to get better at, why it matters in their unit, the behaviour, practice, sign. */
    public record ProjectText(
            String goal, String why, LeadershipBehaviour behaviour, String practice, String evidence) {}
}
