package no.samla.journal;

/** What an assignment asks of a leader. */
public enum AssignmentKind {
    PRACTISE,
    REFLECT,
    MATERIAL,
    PREPARE,
    INNOVATION_CASE,
    NETWORK_GROUP
}
