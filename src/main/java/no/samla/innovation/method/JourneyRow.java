package no.samla.innovation.method;

import java.time.Instant;

/** A user journey in a case's list: its title, who the user is and how many steps it has. */
public record JourneyRow(long id, String title, String persona, int steps, Instant updatedAt) {}
