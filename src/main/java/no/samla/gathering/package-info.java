/** Gatherings (samlinger) of a programme: number, title, theme, format, dates and agenda outline. */
package no.samla.gathering;
