package no.samla.programme;

/** A person's role in one programme; a person may hold several. */
public enum ParticipationRole {
    PARTICIPANT,
    FACILITATOR,
    COACH,
    PANEL_MEMBER,
    OBSERVER
}
