package no.samla.evaluation;

/**
 * An evaluation as a leader who takes part sees it: what it is about, in which programme, whether they have answered
 * and (on its own page) their answer.
 */
public record LeaderEvaluation(
        Evaluation evaluation, String programmeName, Subject subject, boolean answered, Answer ownAnswer) {}
