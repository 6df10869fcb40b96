/**
 * Pitch events of an innovation programme: cases presented in order at a gathering and scored by a panel. Exposed
 * as a named interface of the innovation module so that the demo data can set up a pitch through its facade.
 */
@org.springframework.modulith.NamedInterface("pitch")
package no.samla.innovation.pitch;
