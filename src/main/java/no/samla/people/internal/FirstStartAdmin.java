package no.samla.people.internal;

import java.util.Set;
import no.samla.people.Accounts;
import no.samla.people.NewPassword;
import no.samla.people.People;
import no.samla.people.PersonData;
import no.samla.people.Role;
import no.samla.people.RoleGrant;
import no.samla.system.database.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a database without accounts and without demo data, creates one admin and prints its one-time
 * password once, so that an installation can be taken into use from the browser. Several instances starting
 * together on an empty database create one admin: each looks under the same database lock.
 */
@Component
class FirstStartAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartAdmin.class);

    private final Accounts accounts;
    private final People people;
    private final Environment environment;
    private final String adminEmail;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    FirstStartAdmin(
            Accounts accounts,
            People people,
            Environment environment,
            @Value("${samla.first-admin-email:admin@samla.local}") String adminEmail,
            TransactionTemplate transactions,
            JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.people = people;
        this.environment = environment;
        this.adminEmail = adminEmail;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (DemoMode.isEnabled(environment)) {
            return;
        }
        NewPassword password = transactions.execute(status -> {
            // Held until the transaction ends: another instance starting now waits here, then finds the admin.
            jdbc.query("select pg_advisory_xact_lock(hashtext('samla-first-start-admin'))", rows -> null);
            if (accounts.count() > 0) {
                return null;
            }
            long personId = people.create(
                            new PersonData("Administrator", adminEmail, null, null, null, null, null, null))
                    .getId();
            return accounts.create(personId, Set.of(RoleGrant.of(Role.ADMIN)));
        });
        if (password == null) {
            return;
        }
        log.warn(
                "First start: created admin account {} with one-time password {} (shown only now; it must be changed at first login)",
                adminEmail,
                password.oneTimePassword());
    }
}
