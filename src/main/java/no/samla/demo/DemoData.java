package no.samla.demo;

import java.util.Map;
import java.util.Set;
import no.samla.organisation.Municipality;
import no.samla.organisation.Organisations;
import no.samla.organisation.ProviderKind;
import no.samla.organisation.ProviderOrganisationData;
import no.samla.people.Accounts;
import no.samla.people.People;
import no.samla.people.Person;
import no.samla.people.PersonData;
import no.samla.people.Role;
import no.samla.people.RoleGrant;
import no.samla.people.Sector;
import no.samla.system.database.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a small, realistic installation: two providers, leaders in six
 * municipalities, and one account for each role. Everything goes through the modules' own facades,
 * so the demo exercises the same rules as the browser.
 */
@Component
@Order(0)
public class DemoData implements ApplicationRunner {

    /** The password of every demo account; printed in the log and the README. */
    public static final String PASSWORD = "samla-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Environment environment;
    private final Organisations organisations;
    private final People people;
    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    DemoData(
            Environment environment,
            Organisations organisations,
            People people,
            Accounts accounts,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction) {
        this.environment = environment;
        this.organisations = organisations;
        this.people = people;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoMode.isEnabled(environment) || accounts.count() > 0) {
            return;
        }
        // All or nothing: a half-loaded demo would block the next start from loading it.
        transaction.executeWithoutResult(status -> load());
        log.warn("Empty database: loaded the demo data set. Demo accounts (password {}):", PASSWORD);
        DemoAccounts.ALL.forEach(account -> log.warn("  {} - {}", account.email(), account.description()));
    }

    private void load() {
        String hash = passwordEncoder.encode(PASSWORD);
        long fjord = organisations
                .createProvider(new ProviderOrganisationData(
                        "Fjord Lederutvikling AS",
                        ProviderKind.CONSULTANCY,
                        "999100101",
                        "post@fjordleder.example",
                        "https://fjordleder.example"))
                .getId();
        long network = organisations
                .createProvider(new ProviderOrganisationData(
                        "Innlandet kommunenettverk for ledelse",
                        ProviderKind.REGIONAL_NETWORK,
                        "999100202",
                        "kontakt@innlandetnettverk.example",
                        null))
                .getId();
        Map<String, Long> municipality = Map.of(
                "3301", municipalityId("3301"),
                "3413", municipalityId("3413"),
                "3411", municipalityId("3411"),
                "1804", municipalityId("1804"),
                "5037", municipalityId("5037"),
                "1121", municipalityId("1121"));

        account(
                person("Ingrid Solberg", DemoAccounts.ADMIN, "Systemansvarlig", null, null, null, null),
                hash,
                RoleGrant.of(Role.ADMIN));
        account(
                person("Marte Lien", DemoAccounts.COORDINATOR_FJORD, "Seniorrådgiver", null, fjord, null, null),
                hash,
                RoleGrant.of(Role.COORDINATOR));
        account(
                person(
                        "Jonas Berg",
                        DemoAccounts.COORDINATOR_NETWORK,
                        "Nettverkskoordinator",
                        null,
                        network,
                        null,
                        null),
                hash,
                RoleGrant.of(Role.COORDINATOR));
        account(
                person(
                        "Hilde Strand",
                        DemoAccounts.MUNICIPALITY_ADMIN_DRAMMEN,
                        "HR-rådgiver",
                        municipality.get("3301"),
                        null,
                        "HR og organisasjon",
                        Sector.STAFF_AND_SUPPORT),
                hash,
                RoleGrant.municipalityAdmin(municipality.get("3301")));
        account(
                person(
                        "Per Aasen",
                        DemoAccounts.MUNICIPALITY_ADMIN_STANGE,
                        "Organisasjonssjef",
                        municipality.get("3413"),
                        null,
                        "Kommunedirektørens stab",
                        Sector.STAFF_AND_SUPPORT),
                hash,
                RoleGrant.municipalityAdmin(municipality.get("3413")));

        for (DemoLeader leader : DemoLeaders.ALL) {
            Person person = person(
                    leader.name(),
                    leader.email(),
                    leader.title(),
                    municipality.get(leader.municipalityNumber()),
                    null,
                    leader.unit(),
                    leader.sector());
            account(person, hash, RoleGrant.of(Role.LEADER));
        }
    }

    private Person person(
            String name, String email, String title, Long municipalityId, Long providerId, String unit, Sector sector) {
        return people.create(new PersonData(name, email, null, title, municipalityId, providerId, unit, sector));
    }

    /** Every demo account shares one hash: bcrypt is slow on purpose, and the demo need not be. */
    private void account(Person person, String passwordHash, RoleGrant... roles) {
        accounts.createWithHash(person.getId(), passwordHash, Set.of(roles));
    }

    private long municipalityId(String number) {
        return organisations
                .findMunicipalityByNumber(number)
                .map(Municipality::getId)
                .orElseThrow();
    }
}
