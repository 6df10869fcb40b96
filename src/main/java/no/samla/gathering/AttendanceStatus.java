package no.samla.gathering;

/** Whether a participant came to a gathering; being late is a separate flag on top of being present. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED
}
