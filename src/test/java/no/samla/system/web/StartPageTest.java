package no.samla.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import no.samla.demo.DemoProgrammes;
import no.samla.gathering.GatheringData;
import no.samla.gathering.GatheringFormat;
import no.samla.gathering.Gatherings;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The start page gathers sections from every module; together they stay a fixed number of queries. */
@SamlaTest
class StartPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    QueryCounter queries;

    @Autowired
    Gatherings gatherings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyRolesStartPageRunsTheSameQueriesWithTwentyMoreGatherings() {
        transactions.executeWithoutResult(status -> {
            try {
                counts(); // warms what is loaded once per application
                Map<DemoUsers, Long> before = counts();
                long school = jdbc.queryForObject(
                        "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
                for (int i = 0; i < 20; i++) {
                    gatherings.create(
                            school,
                            GatheringData.outline(
                                    60 + i,
                                    "Ekstra " + i,
                                    null,
                                    GatheringFormat.ONE_DAY,
                                    LocalDate.of(2027, 3, 1).plusDays(i),
                                    null));
                }
                counts(); // flushes the new gatherings before counting
                Map<DemoUsers, Long> after = counts();
                assertThat(after).isEqualTo(before);
                // A leader's start page shows their programme ("Mitt program") with a panel from each module; with the
                // leadership platform and the open survey rounds that is ten panels, about three statements each.
                after.forEach((user, count) -> assertThat(count)
                        .as(user.name())
                        .isLessThanOrEqualTo(
                                user == DemoUsers.LEADER || user == DemoUsers.LEADER_OTHER_MUNICIPALITY ? 32 : 15));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    private Map<DemoUsers, Long> counts() throws Exception {
        Map<DemoUsers, Long> counts = new EnumMap<>(DemoUsers.class);
        for (DemoUsers user : DemoUsers.values()) {
            var request = user == DemoUsers.ANONYMOUS ? get("/") : get("/").with(user.as(accounts));
            counts.put(user, queries.countDuring(() -> mvc.perform(request).andExpect(status().isOk())));
        }
        return counts;
    }
}
