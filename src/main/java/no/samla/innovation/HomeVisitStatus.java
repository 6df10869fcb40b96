package no.samla.innovation;

/** A home visit is scheduled until it is deleted; a deleted one stays as cancelled so that calendars hear of it. */
public enum HomeVisitStatus {
    SCHEDULED,
    CANCELLED
}
