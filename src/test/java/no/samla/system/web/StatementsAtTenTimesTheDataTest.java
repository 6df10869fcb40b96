package no.samla.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import no.samla.SamlaApplication;
import no.samla.generator.GeneratorSettings;
import no.samla.generator.GeneratorSize;
import no.samla.people.Accounts;
import no.samla.support.GeneratedDataTest;
import no.samla.support.GeneratedDatabase;
import no.samla.support.QueryCounter;
import no.samla.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The main pages of every role run no more SQL statements with ten times the data. The same pages are opened by the
 * same kind of generated user on the small generated set (this class's context) and on a set with ten times its
 * leaders, entries and cases in the same programmes ({@link GeneratorSize#SMALL_TIMES_TEN}, an application of its own
 * started here), and the statements are counted on each.
 */
@GeneratedDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsAtTenTimesTheDataTest {

    /**
     * What a page may run more with ten times the data: a list that fills its first page asks for its total once more.
     * Statements that grow with the rows (one per row, per participant, per programme) would add hundreds.
     */
    static final int SLACK = 2;

    static final String DOMAIN = "@" + GeneratorSettings.EMAIL_DOMAIN;

    @Autowired
    MockMvc smallMvc;

    @Autowired
    QueryCounter smallQueries;

    @Autowired
    Accounts smallAccounts;

    @Autowired
    JdbcTemplate smallJdbc;

    private ConfigurableApplicationContext larger;

    @BeforeAll
    void startTheLargerSet() {
        TestDatabase.Server database = TestDatabase.server().createDatabase("samla_generated_times_ten");
        GeneratedDatabase.generate(
                database, GeneratorSize.SMALL_TIMES_TEN, GeneratorSettings.DEFAULT_SEED, GeneratedDatabase.TODAY);
        larger = new SpringApplicationBuilder(SamlaApplication.class, QueryCounter.class)
                .run(database.arguments(
                        "--server.port=0",
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--samla.demo=false",
                        "--samla.notification.scheduling.enabled=false",
                        "--samla.privacy.retention.scheduling.enabled=false",
                        "--spring.main.banner-mode=off"));
    }

    @AfterAll
    void stopTheLargerSet() {
        if (larger != null) {
            larger.close();
        }
    }

    /** One side of the comparison: an application, its statement counter and its accounts. */
    record Side(MockMvc mvc, QueryCounter queries, Accounts accounts, JdbcTemplate jdbc) {

        long statements(String email, String path) throws Exception {
            var who = user(accounts.loadUser(email).orElseThrow());
            List<String> run = queries.statementsDuring(
                    () -> assertThat(mvc.perform(get(path).with(who))
                                    .andReturn()
                                    .getResponse()
                                    .getStatus())
                            .as(email + " " + path)
                            .isEqualTo(200));
            return run.size();
        }

        /** The pages each role opens most, with ids read from this side's data. */
        List<Visit> visits() {
            String coordinator = "koordinator-1" + DOMAIN;
            String leader = jdbc.queryForObject("""
                    select pe.email from person pe
                    join participation pa on pa.person_id = pe.id and pa.left_on is null
                    join programme p on p.id = pa.programme_id and p.status = 'RUNNING'
                    where pe.email like 'leder-%' order by pe.id limit 1
                    """, String.class);
            long programme = jdbc.queryForObject("""
                    select min(pc.programme_id) from programme_coordinator pc
                    join programme p on p.id = pc.programme_id and p.status = 'RUNNING'
                    join person pe on pe.id = pc.person_id where pe.email = ?
                    """, Long.class, coordinator);
            long gathering = jdbc.queryForObject(
                    "select min(id) from gathering where programme_id = ? and start_date <= current_date",
                    Long.class,
                    programme);
            long leadersGathering = jdbc.queryForObject("""
                    select min(g.id) from gathering g join participation pa on pa.programme_id = g.programme_id
                    join person pe on pe.id = pa.person_id where pe.email = ?
                    """, Long.class, leader);
            long municipality = jdbc.queryForObject("""
                    select pm.municipality_id from programme_municipality pm where pm.programme_id = ?
                    order by pm.municipality_id limit 1
                    """, Long.class, programme);
            String municipalityAdmin = jdbc.queryForObject("""
                    select pe.email from person pe join account a on a.person_id = pe.id
                    join account_role r on r.account_id = a.id and r.role = 'MUNICIPALITY_ADMIN'
                    where r.municipality_id = ?
                    """, String.class, municipality);
            String admin = "admin" + DOMAIN;
            String p = "/programmes/" + programme;
            List<Visit> visits = new ArrayList<>();
            visits.addAll(Visit.all(
                    "leader",
                    leader,
                    "/",
                    "/journal",
                    "/journal/shared",
                    "/gatherings/" + leadersGathering,
                    "/network-group",
                    "/coaching",
                    "/development-project",
                    "/assignments",
                    "/innovation",
                    "/surveys"));
            visits.addAll(Visit.all(
                    "coordinator",
                    coordinator,
                    "/",
                    "/programmes",
                    p,
                    p + "/people",
                    p + "/attendance",
                    p + "/gatherings/" + gathering + "/attendance",
                    p + "/gatherings/" + gathering + "/agenda",
                    p + "/network-groups",
                    p + "/coaching",
                    p + "/evaluations",
                    p + "/surveys",
                    p + "/home-visits",
                    p + "/assignments",
                    "/innovation/" + programme,
                    "/innovation-library",
                    "/pitches",
                    "/journal/shared",
                    "/dashboards/coordinator"));
            visits.addAll(Visit.all(
                    "municipality admin",
                    municipalityAdmin,
                    "/",
                    "/dashboards/municipalities/" + municipality,
                    p,
                    p + "/people",
                    "/innovation-library"));
            visits.addAll(Visit.all(
                    "admin", admin, "/", "/admin/people", "/admin/accounts", "/programmes", "/dashboards/admin"));
            return visits;
        }
    }

    /** A page opened by a role's generated user. The ids in the path differ between the sets; the page is the same. */
    record Visit(String role, String email, String path) {

        static List<Visit> all(String role, String email, String... paths) {
            return java.util.Arrays.stream(paths)
                    .map(path -> new Visit(role, email, path))
                    .toList();
        }

        String page() {
            return role + " " + path.replaceAll("/[0-9]+", "/{id}");
        }
    }

    @Test
    void everyMainPageRunsNoMoreStatementsWithTenTimesTheData() throws Exception {
        Side small = new Side(smallMvc, smallQueries, smallAccounts, smallJdbc);
        Side large = new Side(
                MockMvcBuilders.webAppContextSetup((WebApplicationContext) larger)
                        .apply(SecurityMockMvcConfigurers.springSecurity())
                        .build(),
                larger.getBean(QueryCounter.class),
                larger.getBean(Accounts.class),
                larger.getBean(JdbcTemplate.class));
        assertThat(large.jdbc().queryForObject("select count(*) from log_entry", Long.class))
                .isGreaterThanOrEqualTo(9 * small.jdbc().queryForObject("select count(*) from log_entry", Long.class));
        List<Visit> smallVisits = small.visits();
        List<Visit> largeVisits = large.visits();
        List<String> grew = new ArrayList<>();
        for (int i = 0; i < smallVisits.size(); i++) {
            Visit few = smallVisits.get(i);
            Visit many = largeVisits.get(i);
            // Once untimed on each side: caches that fill on first use (templates, plans) are not the page's work.
            small.statements(few.email(), few.path());
            large.statements(many.email(), many.path());
            long before = small.statements(few.email(), few.path());
            long after = large.statements(many.email(), many.path());
            // The figures for each page, in the test's output: the page, then the statements on each set.
            System.out.printf("%-60s %4d %4d%n", few.page(), before, after);
            if (after > before + SLACK) {
                grew.add(few.page() + ": " + before + " statements, " + after + " with ten times the data");
            }
        }
        assertThat(grew).as("pages whose statements grow with the data").isEmpty();
    }
}
