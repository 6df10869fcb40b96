/**
 * E-mail notifications and reminders: an outbox in the database that a scheduled sender works through (retried
 * with back-off while SMTP is down, held while no mail server is configured), reminder jobs that queue each
 * reminder once (idempotency key), and each person's choice of reminders and mail language. Depends on the
 * modules it reminds about; none of them depends on it.
 */
package no.samla.notification;
