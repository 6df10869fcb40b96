package no.samla.survey;

/** When in the programme a round is sent; change is measured from the before round to the later ones. */
public enum RoundKind {
    BEFORE,
    AFTER,
    FOLLOW_UP,
    OTHER;

    /** Whether change from the before round is measured to a round of this kind. */
    public boolean comparedWithBefore() {
        return this == AFTER || this == FOLLOW_UP;
    }
}
