/** People, their login accounts and roles, and how they sign in. */
package no.samla.people;
