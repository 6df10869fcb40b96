package no.samla.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation of one gathering, or of the whole programme when it has no gathering. Its questions can be changed
 * and its anonymity chosen only while it is a draft, so every answer was given to the same questions and promise.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    /** Results of an anonymous evaluation are shown only from this many answers. */
    public static final int MINIMUM_ANONYMOUS_ANSWERS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "gathering_id")
    private Long gatheringId;

    @Enumerated(EnumType.STRING)
    private EvaluationStatus status = EvaluationStatus.DRAFT;

    private boolean anonymous = true;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EvaluationQuestion> questions = new ArrayList<>();

    @Version
    private long version;

    protected Evaluation() {}

    Evaluation(long programmeId, Long gatheringId) {
        this.programmeId = programmeId;
        this.gatheringId = gatheringId;
    }

    void setAnonymous(boolean anonymous) {
        requireDraft();
        this.anonymous = anonymous;
    }

    EvaluationQuestion addQuestion(QuestionKind kind, String text, boolean required) {
        requireDraft();
        int position = questions.stream()
                        .mapToInt(EvaluationQuestion::getPosition)
                        .max()
                        .orElse(0)
                + 1;
        EvaluationQuestion question = new EvaluationQuestion(this, position, kind, text, required);
        questions.add(question);
        return question;
    }

    boolean removeQuestion(long questionId) {
        requireDraft();
        return questions.removeIf(question -> question.getId() == questionId);
    }

    /** Opens a draft, or reopens a closed evaluation (for instance one closed too early). */
    void open(Instant now) {
        if (status == EvaluationStatus.OPEN) {
            throw new IllegalStateException("Already open");
        }
        status = EvaluationStatus.OPEN;
        openedAt = now;
        closedAt = null;
    }

    void close(Instant now) {
        if (status != EvaluationStatus.OPEN) {
            throw new IllegalStateException("Only an open evaluation can be closed");
        }
        status = EvaluationStatus.CLOSED;
        closedAt = now;
    }

    private void requireDraft() {
        if (status != EvaluationStatus.DRAFT) {
            throw new IllegalStateException("Only a draft evaluation can be changed");
        }
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public Long getGatheringId() {
        return gatheringId;
    }

    public boolean isProgrammeLevel() {
        return gatheringId == null;
    }

    public EvaluationStatus getStatus() {
        return status;
    }

    public boolean isDraft() {
        return status == EvaluationStatus.DRAFT;
    }

    public boolean isOpen() {
        return status == EvaluationStatus.OPEN;
    }

    public boolean isClosed() {
        return status == EvaluationStatus.CLOSED;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<EvaluationQuestion> getQuestions() {
        return List.copyOf(questions);
    }

    public long getVersion() {
        return version;
    }
}
