package no.samla.audit.web;

import java.time.LocalDate;
import no.samla.audit.AuditAction;
import no.samla.audit.AuditSearch;
import no.samla.audit.AuditSubject;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit log's search form as submitted. A value that cannot be read (a date that is no date, an unknown action)
 * binds as null with a message next to its field, and the search runs without it.
 */
record AuditSearchForm(
        String q,
        AuditAction action,
        AuditSubject subject,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "d.M.yyyy")
        LocalDate from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "d.M.yyyy")
        LocalDate to) {

    /** Longer than any e-mail: more is not a search anyone means. */
    static final int MAX_TEXT = 320;

    AuditSearch search(boolean periodValid) {
        String text = q == null ? null : q.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        return new AuditSearch(text, action, subject, periodValid ? from : null, periodValid ? to : null);
    }
}
