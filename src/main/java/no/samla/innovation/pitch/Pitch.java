package no.samla.innovation.pitch;

/** A pitch event of a programme, at one of its gatherings (or none chosen yet), with a default time per case. */
public record Pitch(
        long id,
        long programmeId,
        Long gatheringId,
        String title,
        int minutesPerCase,
        boolean published,
        long version) {}
