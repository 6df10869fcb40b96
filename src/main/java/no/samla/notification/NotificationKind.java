package no.samla.notification;

/**
 * The mails a person can receive. Reminders can each be turned off in the person's notification settings; a mail the
 * person asked for (a password reset link) cannot.
 */
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
    ACTIVITY_REMINDER("activity-reminder"),
    PASSWORD_RESET("password-reset", false);

    private final String template;
    private final boolean optional;

    NotificationKind(String template) {
        this(template, true);
    }

    NotificationKind(String template, boolean optional) {
        this.template = template;
        this.optional = optional;
    }

    /** Whether the person can turn this kind off. */
    public boolean optional() {
        return optional;
    }

    /** The mail template under {@code templates/mail/}, without its ending. */
    public String template() {
        return template;
    }
}
