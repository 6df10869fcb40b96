package no.samla.notification;

import java.util.Set;

/** A person's notification settings: the mail language and the reminder kinds they want. */
public record NotificationPreference(MailLanguage language, Set<NotificationKind> enabled) {

    public boolean wants(NotificationKind kind) {
        return enabled.contains(kind);
    }
}
