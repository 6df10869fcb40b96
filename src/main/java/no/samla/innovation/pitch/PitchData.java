package no.samla.innovation.pitch;

/** What the coordinator sets on a pitch: its title, its gathering (or null) and the default minutes per case. */
public record PitchData(String title, Long gatheringId, int minutesPerCase) {}
