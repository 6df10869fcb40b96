package no.samla.notification.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samla.notification.MailLanguage;
import no.samla.notification.NewNotification;
import no.samla.notification.NotificationKind;
import no.samla.notification.Outbox;
import no.samla.people.PasswordResetRequested;
import no.samla.people.PasswordResets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Queues the mail with a password reset link once the link is stored, in the language the person asked in. The link
 * is built on {@code samla.base-url}, never on the request's Host header, which whoever asks could set to their own
 * site to catch the token. The outbox sends it like any other mail, retrying while the mail server is down.
 */
@Component
class PasswordResetMailer {

    /** The idempotency key's start; the link's id follows: one mail per link. */
    static final String PREFIX = "password-reset:";

    private final Reminders reminders;
    private final MailTexts texts;
    private final Outbox outbox;

    PasswordResetMailer(Reminders reminders, MailTexts texts, Outbox outbox) {
        this.reminders = reminders;
        this.texts = texts;
        this.outbox = outbox;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void requested(PasswordResetRequested event) {
        NotificationKind kind = NotificationKind.PASSWORD_RESET;
        MailLanguage language = MailLanguage.of(event.locale().getLanguage());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", event.fullName());
        model.put("link", reminders.baseUrl() + "/password-reset/" + event.token());
        model.put("minutes", PasswordResets.VALID_FOR.toMinutes());
        MailTexts.Rendered mail = texts.render(kind, language, new Object[0], model);
        outbox.enqueue(List.of(new NewNotification(
                event.personId(),
                event.email(),
                kind,
                PREFIX + event.linkId(),
                language,
                mail.subject(),
                mail.text(),
                mail.html(),
                null,
                null)));
    }
}
