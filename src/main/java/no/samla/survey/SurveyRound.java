package no.samla.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One sending of a survey: answerable from the day it opens to the day it closes, both included. */
@Entity
@Table(name = "survey_round")
public class SurveyRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id")
    private long surveyId;

    @Enumerated(EnumType.STRING)
    private RoundKind kind;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    protected SurveyRound() {}

    SurveyRound(long surveyId, RoundKind kind, LocalDate opensOn, LocalDate closesOn) {
        if (!closesOn.isAfter(opensOn)) {
            throw new IllegalArgumentException("A round closes after it opens");
        }
        this.surveyId = surveyId;
        this.kind = kind;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public Long getId() {
        return id;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public RoundKind getKind() {
        return kind;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }
}
