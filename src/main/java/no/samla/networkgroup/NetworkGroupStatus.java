package no.samla.networkgroup;

/** A group meets while active; recomposing dissolves it and keeps it as history. */
public enum NetworkGroupStatus {
    ACTIVE,
    DISSOLVED
}
