package no.samla.survey;

import java.util.List;

/**
 * The built-in instruments a survey can start from, by the shape of their texts in the {@code i18n/survey} bundle:
 * factors with the number of scale statements each, and free-text questions. Their texts are copied into a new survey
 * in the language of the coordinator who creates it, so the survey reads the same for every respondent afterwards and
 * can be edited like any other.
 */
public enum Instrument {
    EMPTY(List.of(), 0),
    /** The three leadership behaviours, four statements each. */
    SELF_ASSESSMENT(List.of(4, 4, 4), 0),
    /** The ten factors of the employee survey, two or three statements each. */
    TEN_FACTOR(List.of(3, 2, 2, 2, 3, 2, 2, 2, 3, 2), 0),
    /** What a leader needs and expects before the first gathering: free text only. */
    EXPECTATIONS(List.of(), 3);

    private final List<Integer> statementsPerFactor;
    private final int textQuestions;

    Instrument(List<Integer> statementsPerFactor, int textQuestions) {
        this.statementsPerFactor = statementsPerFactor;
        this.textQuestions = textQuestions;
    }

    /** How many scale statements each factor has, in order; factor {@code f} (from 1) has message keys below. */
    public List<Integer> statementsPerFactor() {
        return statementsPerFactor;
    }

    public int textQuestions() {
        return textQuestions;
    }

    /** Message key prefix of this instrument's texts, e.g. {@code survey.builtin.TEN_FACTOR}. */
    public String keyPrefix() {
        return "survey.builtin." + name();
    }
}
