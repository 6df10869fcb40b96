package no.samla.journal;

/** Who an assignment is given to; the people are fixed when it is given. */
public enum AssignmentAudience {
    ALL,
    LEADER_GROUP,
    NETWORK_GROUP,
    CHOSEN
}
