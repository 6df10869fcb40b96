package no.samla.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * With the profile {@code generate}: fills a database that holds no accounts yet with the generated data set, before
 * any other start-up work (so no first-start admin is made). A database that already holds generated data is left as
 * it is, and one that holds other data too: the generated set is kept apart from the demo and real ones.
 */
@Component
@Profile("generate")
@Order(-100)
class GeneratedData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GeneratedData.class);

    private final DataSource dataSource;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final GeneratorSize size;
    private final long seed;
    private final String today;
    private final String password;

    GeneratedData(
            DataSource dataSource,
            PasswordEncoder passwordEncoder,
            Clock clock,
            @Value("${samla.generator.size:NATIONAL}") GeneratorSize size,
            @Value("${samla.generator.seed:" + GeneratorSettings.DEFAULT_SEED + "}") long seed,
            @Value("${samla.generator.today:}") String today,
            @Value("${samla.generator.password:" + GeneratorSettings.DEFAULT_PASSWORD + "}") String password) {
        this.dataSource = dataSource;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.size = size;
        this.seed = seed;
        this.today = today;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long generated = count(
                    connection,
                    "select count(*) from account where email like '%@" + GeneratorSettings.EMAIL_DOMAIN + "'");
            if (generated > 0) {
                log.warn(
                        "The database already holds generated data ({} generated accounts): nothing generated.",
                        generated);
                return;
            }
            long accounts = count(connection, "select count(*) from account");
            if (accounts > 0) {
                log.warn(
                        "The database holds {} other accounts: generated data goes only into a database of its own "
                                + "(set samla.embedded-database.data-directory or SPRING_DATASOURCE_URL). Nothing generated.",
                        accounts);
                return;
            }
            LocalDate reference = StringUtils.hasText(today)
                    ? LocalDate.parse(today)
                    : LocalDate.now(clock.withZone(DataGenerator.OSLO));
            log.warn("Generating the {} data set (seed {}, reference date {}) ...", size, seed, reference);
            long started = System.nanoTime();
            GenerationReport report = new DataGenerator(
                            new GeneratorSettings(size, seed, reference, passwordEncoder.encode(password)))
                    .generate(connection);
            report.tables()
                    .forEach(table -> log.warn(
                            "  {} rows in {} ({} ms)",
                            table.rows(),
                            table.table(),
                            table.time().toMillis()));
            log.warn(
                    "Generated data written in {} s. Sign in with password {} as admin@{}, koordinator-1@{}, "
                            + "kommuneadmin-0301@{} or leder-1@{}.",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                    password,
                    GeneratorSettings.EMAIL_DOMAIN,
                    GeneratorSettings.EMAIL_DOMAIN,
                    GeneratorSettings.EMAIL_DOMAIN,
                    GeneratorSettings.EMAIL_DOMAIN);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
