package no.samla.evaluation;

/** An open evaluation as the start page lists it for a leader who takes part: what it is about, where, answered. */
public record OpenEvaluation(long evaluationId, String programmeName, Subject subject, boolean answered) {

    OpenEvaluation answered(boolean answered) {
        return new OpenEvaluation(evaluationId, programmeName, subject, answered);
    }
}
