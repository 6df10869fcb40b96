package no.samla.innovation.pitch;

/** A person on the pitch's panel, with the municipality they belong to (null for none). */
public record PanelMember(long personId, String name, String email, Long municipalityId, String municipalityName) {}
