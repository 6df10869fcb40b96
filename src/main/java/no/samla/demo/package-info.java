/** The demo data set: a living installation for a newcomer's first run and for tests. */
package no.samla.demo;
