package no.samla.notification;

/** The reminders a person can receive; each can be turned off in the person's notification settings. */
public enum NotificationKind {
    GATHERING_WEEK("gathering-reminder"),
    GATHERING_TOMORROW("gathering-reminder"),
    EVALUATION_OPEN("evaluation-open"),
    SURVEY_OPEN("survey-open"),
    COACHING_TOMORROW("coaching-reminder"),
    NETWORK_MEETING_TOMORROW("network-meeting-reminder"),
    ASSIGNMENT_DUE("assignment-due"),
    LOG_ENTRY_COMMENT("log-entry-comment"),
    COORDINATOR_DIGEST("coordinator-digest"),
    ACTIVITY_REMINDER("activity-reminder");

    private final String template;

    NotificationKind(String template) {
        this.template = template;
    }

    /** The mail template under {@code templates/mail/}, without its ending. */
    public String template() {
        return template;
    }
}
