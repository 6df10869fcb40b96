package no.samla.generator;

import java.time.LocalDate;

/**
 * What decides the generated data: the same size, seed and reference date give the same rows.
 *
 * @param size how much
 * @param seed the seed of every random choice
 * @param today the reference date: the data lies around it (the past eighteen months, the coming months)
 * @param passwordHash the hash of the one password every generated account shares
 */
public record GeneratorSettings(GeneratorSize size, long seed, LocalDate today, String passwordHash) {

    /** The e-mail domain of every generated account; its presence is how a generated database is recognised. */
    public static final String EMAIL_DOMAIN = "generert.example";

    public static final long DEFAULT_SEED = 2027;

    public static final String DEFAULT_PASSWORD = "samla-generert-2026";
}
