package no.samla.coaching;

/** A booking is active until cancelled; a cancelled one stays as history and frees its slot. */
public enum SessionStatus {
    BOOKED,
    CANCELLED
}
