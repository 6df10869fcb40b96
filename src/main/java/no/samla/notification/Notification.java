package no.samla.notification;

import java.time.Instant;

/** One notification in the outbox, as the admin sees it. */
public record Notification(
        long id,
        long recipientPersonId,
        String recipientName,
        String recipientEmail,
        NotificationKind kind,
        String idempotencyKey,
        MailLanguage language,
        String subject,
        String bodyText,
        String bodyHtml,
        String attachmentName,
        NotificationStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt) {}
