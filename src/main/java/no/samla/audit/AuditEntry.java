package no.samla.audit;

import java.time.Instant;

/** One row of the audit log as the admin's list shows it. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        Long actorAccountId,
        Long actorPersonId,
        String actorEmail,
        AuditAction action,
        AuditSubject subjectType,
        Long subjectId,
        String summary,
        String remoteAddress,
        String userAgent) {}
