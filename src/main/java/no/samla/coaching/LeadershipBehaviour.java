package no.samla.coaching;

/** The three leadership behaviours of the provider's model that a development project works on. */
public enum LeadershipBehaviour {
    TASK_STRUCTURE,
    CHANGE_DEVELOPMENT,
    RELATION
}
