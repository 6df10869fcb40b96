package no.samla.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coordinator's overview of clashes in the coming schedule, across programmes: another provider's programme is
 * never named, and the page costs the same number of queries however many clashes there are.
 */
@SamlaTest
class ConflictOverviewTest {

    private static final String OVERVIEW = "/programmes/conflicts";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Gatherings gatherings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QueryCounter queries;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aFacilitatorBookedInAnotherProvidersProgrammeShowsUpWithoutThatProgrammesName() {
        rolledBack(() -> {
            long school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
            long innlandet = programme(DemoProgrammes.INNLANDET_INNOVATION);
            long marte = person(DemoUsers.COORDINATOR.email());
            long first = jdbc.queryForObject(
                    "select id from gathering where programme_id = ? and number = 1", Long.class, school);
            LocalDate day = gatherings.get(school, first).getStartDate();
            Gathering clash = gatherings.create(innlandet, data(40, day, marte));

            String own = page(DemoUsers.COORDINATOR);
            assertThat(own)
                    .contains("id=\"conflict-" + first + "-FACILITATOR_BUSY\"")
                    .contains("i et annet program")
                    .doesNotContain(DemoProgrammes.INNLANDET_INNOVATION);

            String other = page(DemoUsers.COORDINATOR_OTHER);
            assertThat(other)
                    .contains("id=\"conflict-" + clash.getId() + "-FACILITATOR_BUSY\"")
                    .doesNotContain("id=\"conflict-" + first + "-")
                    .doesNotContain(DemoProgrammes.DRAMMEN_SCHOOL);

            assertThat(page(DemoUsers.ADMIN))
                    .contains("id=\"conflict-" + first + "-FACILITATOR_BUSY\"")
                    .contains("id=\"conflict-" + clash.getId() + "-FACILITATOR_BUSY\"")
                    .contains("«" + DemoProgrammes.INNLANDET_INNOVATION + "»");

            String home = body(DemoUsers.COORDINATOR, "/");
            assertThat(home).contains("id=\"home-conflicts-heading\"").contains("href=\"/programmes/conflicts\"");
        });
    }

    @Test
    void pastGatheringsAreLeftOutAndOnlyPlannersMayOpenTheOverview() throws Exception {
        rolledBack(() -> {
            long school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
            long marte = person(DemoUsers.COORDINATOR.email());
            Gathering past = gatherings.create(school, data(41, LocalDate.of(2020, 3, 3), marte));
            assertThat(page(DemoUsers.COORDINATOR)).doesNotContain("id=\"conflict-" + past.getId() + "-");
            mvc.perform(get(OVERVIEW).with(DemoUsers.MUNICIPALITY_ADMIN.as(accounts)))
                    .andExpect(status().isForbidden());
            mvc.perform(get(OVERVIEW).with(DemoUsers.LEADER.as(accounts))).andExpect(status().isForbidden());
        });
    }

    @Test
    void theOverviewRunsTheSameNumberOfQueriesWithManyMoreClashes() {
        rolledBack(() -> {
            long school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
            long levanger = programme(DemoProgrammes.LEVANGER);
            long marte = person(DemoUsers.COORDINATOR.email());
            LocalDate day = LocalDate.of(2027, 9, 1);
            gatherings.create(school, data(50, day, marte));
            gatherings.create(levanger, data(50, day, marte));
            page(DemoUsers.COORDINATOR); // flushes the new gatherings, so only the page's own queries are counted
            long few = queries.countDuring(() -> page(DemoUsers.COORDINATOR));
            for (int i = 1; i <= 12; i++) {
                gatherings.create(school, data(50 + i, day.plusDays(i), marte));
                gatherings.create(levanger, data(50 + i, day.plusDays(i), marte));
            }
            page(DemoUsers.COORDINATOR); // flushes the new gatherings, so only the page's own queries are counted
            long many = queries.countDuring(() -> page(DemoUsers.COORDINATOR));
            // The total is counted only once the first page is full: one query more, never one per clash.
            assertThat(many).isLessThanOrEqualTo(few + 1).isLessThanOrEqualTo(3);
            assertThat(page(DemoUsers.COORDINATOR)).contains("class=\"pagination");
        });
    }

    private GatheringData data(int number, LocalDate day, long facilitator) {
        return new GatheringData(
                number,
                "Samling " + number,
                null,
                GatheringFormat.ONE_DAY,
                day,
                null,
                LocalTime.of(9, 0),
                LocalTime.of(15, 0),
                new Venue("Konferansesenteret", null, "Sal " + number, null),
                null,
                Set.of(facilitator));
    }

    private String page(DemoUsers user) throws Exception {
        return body(user, OVERVIEW);
    }

    private String body(DemoUsers user, String url) throws Exception {
        return mvc.perform(get(url).with(user.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Runs the test in a transaction that is rolled back, so the shared demo data stay as they were. */
    private void rolledBack(QueryCounter.ThrowingRunnable test) {
        transactions.executeWithoutResult(status -> {
            try {
                test.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    private long programme(String name) {
        return jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
    }

    private long person(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }
}
