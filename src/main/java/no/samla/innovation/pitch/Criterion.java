package no.samla.innovation.pitch;

/** A criterion the panel scores every case on, from 1 to 5. */
public record Criterion(long id, String name, int position) {}
