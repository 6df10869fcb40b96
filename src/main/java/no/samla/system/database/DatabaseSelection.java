package no.samla.system.database;

import org.springframework.core.env.Environment;

/**
 * The one rule for choosing the database: a configured {@code spring.datasource.url} wins, otherwise
 * Samla runs its own embedded PostgreSQL.
 */
public final class DatabaseSelection {

    public static final String URL_PROPERTY = "spring.datasource.url";

    private DatabaseSelection() {}

    public static boolean usesEmbeddedDatabase(Environment environment) {
        String url = environment.getProperty(URL_PROPERTY);
        return url == null || url.isBlank();
    }
}
