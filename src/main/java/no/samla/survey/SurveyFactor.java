package no.samla.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A group of scale statements whose answers are summarised together (one leadership behaviour, one factor). */
@Entity
@Table(name = "survey_factor")
public class SurveyFactor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    protected SurveyFactor() {}

    SurveyFactor(Survey survey, int position, String name) {
        this.survey = survey;
        this.position = position;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    Survey survey() {
        return survey;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }
}
