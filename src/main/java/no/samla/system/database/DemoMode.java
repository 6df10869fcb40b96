package no.samla.system.database;

import org.springframework.core.env.Environment;

/**
 * Whether an empty database gets the demo data set: {@code samla.demo} decides when set; otherwise the
 * embedded database gets it (a newcomer's first run) and an external one does not.
 */
public final class DemoMode {

    public static final String PROPERTY = "samla.demo";

    private DemoMode() {}

    public static boolean isEnabled(Environment environment) {
        Boolean explicit = environment.getProperty(PROPERTY, Boolean.class);
        return explicit != null ? explicit : DatabaseSelection.usesEmbeddedDatabase(environment);
    }
}
