package no.samla.evaluation;

/** A draft is being set up; leaders answer while it is open; a closed one is read only. */
public enum EvaluationStatus {
    DRAFT,
    OPEN,
    CLOSED
}
