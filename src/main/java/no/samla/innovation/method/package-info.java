/**
 * Method tools of an innovation case (user journeys, five whys, idea generation with dot votes), exposed so the demo
 * data can make them through these facades.
 */
@org.springframework.modulith.NamedInterface("method")
package no.samla.innovation.method;
