package no.samla.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import no.samla.generator.DataGenerator;
import no.samla.generator.GenerationReport;
import no.samla.generator.GeneratorSettings;
import no.samla.generator.GeneratorSize;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * A database of its own on the shared test server with the small generated data set, made once per test JVM:
 * migrated by Flyway and filled by the generator with the default seed and today's date. The shared demo database
 * is not touched. {@link Initializer} points an application context at it.
 */
public final class GeneratedDatabase {

    public static final String NAME = "samla_generated";

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    private static TestDatabase.Server server;
    private static GenerationReport report;

    private GeneratedDatabase() {}

    public static synchronized TestDatabase.Server server() {
        if (server == null) {
            server = TestDatabase.server().createDatabase(NAME);
            report = generate(server, GeneratorSettings.DEFAULT_SEED, TODAY);
        }
        return server;
    }

    /** What the generator wrote into the shared generated database. */
    public static synchronized GenerationReport report() {
        server();
        return report;
    }

    /** Migrates an empty database and generates the small data set into it. */
    public static GenerationReport generate(TestDatabase.Server database, long seed, LocalDate today) {
        return generate(database, GeneratorSize.SMALL, seed, today);
    }

    /** Migrates an empty database and generates a data set of the size into it. */
    public static GenerationReport generate(
            TestDatabase.Server database, GeneratorSize size, long seed, LocalDate today) {
        Flyway.configure()
                .dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        String hash =
                PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(GeneratorSettings.DEFAULT_PASSWORD);
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.username(), database.password())) {
            return new DataGenerator(new GeneratorSettings(size, seed, today, hash)).generate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate into " + database.url(), e);
        }
    }

    /** Points the context at the generated database, without demo data. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> properties = new HashMap<>(server().datasourceProperties());
            properties.put("samla.demo", "false");
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("samlaGeneratedDatabase", properties));
        }
    }
}
