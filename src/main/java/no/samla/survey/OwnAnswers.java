package no.samla.survey;

import java.util.List;
import java.util.Map;

/**
 * One leader's own answers to a survey, per round they answered, with their own factor scores, and their own change
 * per factor from the before round to each later round they answered.
 */
public record OwnAnswers(Survey survey, String programmeName, List<OwnRound> rounds, List<OwnChange> changes) {

    /** Answers by question id: a score or a text. */
    public record OwnRound(SurveyRound round, Map<Long, Object> answers, Map<String, Double> factorScores) {}

    public record OwnChange(SurveyRound before, SurveyRound after, Map<String, Double> byFactor) {}
}
