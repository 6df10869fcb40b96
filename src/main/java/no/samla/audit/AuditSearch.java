package no.samla.audit;

import java.time.LocalDate;

/**
 * What the admin searches the audit log for; every part may be null (or the text blank) for "any".
 *
 * @param text part of the actor's e-mail or of the summary, without regard to case
 * @param from the first day, in Norwegian time
 * @param to the last day, in Norwegian time, included
 */
public record AuditSearch(String text, AuditAction action, AuditSubject subject, LocalDate from, LocalDate to) {

    public static final AuditSearch ALL = new AuditSearch(null, null, null, null, null);
}
