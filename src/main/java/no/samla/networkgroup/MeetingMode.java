package no.samla.networkgroup;

/** How a network meeting is held: online (the location is a link) or in a room (the location is a place). */
public enum MeetingMode {
    DIGITAL,
    PHYSICAL
}
