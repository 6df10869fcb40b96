package no.samla.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A scale statement of a factor, or a free-text question. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    @Column(nullable = false)
    private String text;

    @Column(name = "factor_id")
    private Long factorId;

    private boolean required;

    protected SurveyQuestion() {}

    SurveyQuestion(Survey survey, int position, QuestionKind kind, String text, Long factorId, boolean required) {
        this.survey = survey;
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.factorId = factorId;
        this.required = required;
    }

    void setPosition(int position) {
        this.position = position;
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

    public boolean isScale() {
        return kind == QuestionKind.SCALE;
    }

    public String getText() {
        return text;
    }

    public Long getFactorId() {
        return factorId;
    }

    /** A new wording, factor (scale questions) or required flag; only while no round has answers. */
    void change(String text, Long factorId, boolean required) {
        this.text = text;
        this.factorId = isScale() ? factorId : null;
        this.required = required;
    }

    public boolean isRequired() {
        return required;
    }
}
