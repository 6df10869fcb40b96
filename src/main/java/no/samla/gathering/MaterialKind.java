package no.samla.gathering;

/** Whether material is for reading before a gathering or for following up after it. */
public enum MaterialKind {
    BEFORE,
    AFTER
}
