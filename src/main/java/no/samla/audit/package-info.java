/**
 * The audit log: an append-only record of sign-ins, failed sign-ins, account and role changes, changes to people,
 * programmes and gatherings, and exports (who, when, what, from where), written by the other modules through
 * {@link no.samla.audit.AuditTrail} in the transaction of the change, and searched by the admin. It holds kinds and ids
 * of objects, never what a leader wrote.
 */
package no.samla.audit;
