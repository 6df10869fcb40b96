package no.samla.notification;

/** Where a notification in the outbox stands. */
public enum NotificationStatus {
    /** Waiting for the sender, possibly after a failed attempt. */
    PENDING,
    /** Not sent because no mail server is configured; sent once one is. */
    HELD,
    SENT,
    /** Given up after too many failed attempts. */
    FAILED
}
