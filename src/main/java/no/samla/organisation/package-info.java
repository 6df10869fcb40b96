/** Norway's counties and municipalities and the provider organisations that run programmes. */
package no.samla.organisation;
