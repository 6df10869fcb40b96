package no.samla.evaluation;

import java.util.List;

/**
 * The results of one evaluation as one viewer may see them. When {@link #hidden()} (anonymous with fewer than {@link
 * Evaluation#MINIMUM_ANONYMOUS_ANSWERS} answers) only the counts are filled in: no score, no text, no rows. A name is
 * filled in only for an evaluation that is not anonymous, and only for the programme's managers.
 */
public record EvaluationResults(
        Evaluation evaluation,
        Subject subject,
        long participants,
        long answeredParticipants,
        long answers,
        boolean hidden,
        ScoreSummary score,
        List<Entry> wentWell,
        List<Entry> couldBeBetter,
        List<QuestionResult> questions,
        List<Row> rows) {

    /** A free text, with its writer's name when that may be shown. */
    public record Entry(String name, String text) {}

    /** One whole answer, for the exports. */
    public record Row(String name, Answer answer) {}

    /** An extra question: the scores of a scale question, or the texts of a text question. */
    public record QuestionResult(EvaluationQuestion question, ScoreSummary scores, List<Entry> texts) {}

    /** Answered of the active participants, in whole per cent, or null when the programme has no participants. */
    public Long responseRate() {
        return participants == 0 ? null : Math.round(answeredParticipants * 100.0 / participants);
    }

    public int minimum() {
        return Evaluation.MINIMUM_ANONYMOUS_ANSWERS;
    }

    public boolean showsNames() {
        return rows.stream().anyMatch(row -> row.name() != null);
    }
}
