/** Network groups (nettverksgrupper) of a programme: composing heterogeneous groups, and who was in which group when. */
package no.samla.networkgroup;
