package no.samla.platform;

/** A leader's one reaction to a principle; changeable and removable while comments are open. */
public enum Reaction {
    AGREE,
    UNSURE,
    DISAGREE
}
