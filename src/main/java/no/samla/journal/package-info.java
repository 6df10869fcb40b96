/**
 * Between-session work: the assignments a coordinator gives and the log entries (mellomarbeid) leaders write,
 * private to the leader unless they share them.
 */
package no.samla.journal;
