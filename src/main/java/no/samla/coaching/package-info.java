/** Individual coaching (slots, bookings, notes) and each leader's development project ("meg som leder"). */
package no.samla.coaching;
