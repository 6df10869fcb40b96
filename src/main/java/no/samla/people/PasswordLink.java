package no.samla.people;

import java.time.Instant;

/** An open one-time link to choose a password (an invitation or a reset), as its page shows it. */
public record PasswordLink(String fullName, String email, Instant expiresAt) {}
