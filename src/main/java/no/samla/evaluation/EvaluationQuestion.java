package no.samla.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One of the coordinator's extra questions, after the score and the two free texts every evaluation has. */
@Entity
@Table(name = "evaluation_question")
public class EvaluationQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    private int position;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    private String text;

    @Column(name = "required")
    private boolean required;

    protected EvaluationQuestion() {}

    EvaluationQuestion(Evaluation evaluation, int position, QuestionKind kind, String text, boolean required) {
        this.evaluation = evaluation;
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.required = required;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public boolean isRequired() {
        return required;
    }
}
