package no.samla.system.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on (0 picks a free one).
 */
@ConfigurationProperties("samla.embedded-database")
record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") String dataDirectory,
        @DefaultValue("0") int port) {}
