package no.samla.notification;

/** A notification to queue; {@code idempotencyKey} makes queueing the same one twice do nothing. */
public record NewNotification(
        long recipientPersonId,
        String recipientEmail,
        NotificationKind kind,
        String idempotencyKey,
        MailLanguage language,
        String subject,
        String bodyText,
        String bodyHtml,
        String attachmentName,
        String attachmentIcs) {}
