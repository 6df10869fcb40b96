package no.samla.coaching;

/** How a coaching session is held. */
public enum CoachingMode {
    PHONE,
    VIDEO,
    IN_PERSON
}
