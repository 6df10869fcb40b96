/**
 * Benefits realisation (gevinstrealisering) of innovation cases: benefits with baseline and target, their
 * measurements and progress. Part of the innovation module; exposed so that the demo data set creates benefits through
 * its facade.
 */
@org.springframework.modulith.NamedInterface("benefit")
package no.samla.innovation.benefit;
