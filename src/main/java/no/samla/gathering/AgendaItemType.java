package no.samla.gathering;

/** What happens in an agenda item. */
public enum AgendaItemType {
    TALK,
    REFLECTION_STOP,
    GROUP_PROCESS,
    CASE_WORK,
    BREAK,
    LUNCH
}
