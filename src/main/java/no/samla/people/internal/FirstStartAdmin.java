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
import org.springframework.stereotype.Component;

/**
 * On a database without accounts and without demo data, creates one admin and prints its one-time
 * password once, so that an installation can be taken into use from the browser.
 */
@Component
class FirstStartAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartAdmin.class);

    private final Accounts accounts;
    private final People people;
    private final Environment environment;
    private final String adminEmail;

    FirstStartAdmin(
            Accounts accounts,
            People people,
            Environment environment,
            @Value("${samla.first-admin-email:admin@samla.local}") String adminEmail) {
        this.accounts = accounts;
        this.people = people;
        this.environment = environment;
        this.adminEmail = adminEmail;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (DemoMode.isEnabled(environment) || accounts.count() > 0) {
            return;
        }
        long personId = people.create(new PersonData("Administrator", adminEmail, null, null, null, null, null, null))
                .getId();
        NewPassword password = accounts.create(personId, Set.of(RoleGrant.of(Role.ADMIN)));
        log.warn(
                "First start: created admin account {} with one-time password {} (shown only now; it must be changed at first login)",
                adminEmail,
                password.oneTimePassword());
    }
}
