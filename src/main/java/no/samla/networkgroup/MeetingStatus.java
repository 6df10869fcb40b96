package no.samla.networkgroup;

public enum MeetingStatus {
    PLANNED,
    CANCELLED
}
