package no.samla.innovation;

/** Where a case stands; a stopped case must say why. */
public enum CaseStatus {
    ACTIVE,
    PAUSED,
    STOPPED,
    IN_OPERATION
}
