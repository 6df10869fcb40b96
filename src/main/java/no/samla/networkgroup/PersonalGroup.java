package no.samla.networkgroup;

/** A group one person is in now, for their start page. */
public record PersonalGroup(Long groupId, String name, Long programmeId, String programmeName) {}
