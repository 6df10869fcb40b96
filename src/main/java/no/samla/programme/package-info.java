/** Programmes: their period, status, themes, coordinators, rates, who takes part, templates and quotes. */
package no.samla.programme;
