package no.samla.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.samla.generator.GeneratorSettings;
import no.samla.people.Accounts;
import no.samla.people.SamlaUser;
import no.samla.support.GeneratedDataTest;
import no.samla.support.QueryCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboards on the generated data set, where programmes have many municipalities, participants, entries and
 * sessions: every dashboard page and export answers and stays within the statement budget.
 */
@GeneratedDataTest
class GeneratedDashboardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    QueryCounter queries;

    @Test
    void everyDashboardStaysWithinTheStatementBudgetOnGeneratedData() throws Exception {
        String coordinator = "koordinator-1@" + GeneratorSettings.EMAIL_DOMAIN;
        long programme = jdbc.queryForObject("""
                select min(pc.programme_id) from programme_coordinator pc join person p on p.id = pc.person_id
                where p.email = ?
                """, Long.class, coordinator);
        long municipality = jdbc.queryForObject("""
                select pm.municipality_id from programme_municipality pm where pm.programme_id = ?
                order by (select count(*) from participation pa join person pe on pe.id = pa.person_id
                          where pa.programme_id = pm.programme_id and pe.municipality_id = pm.municipality_id) desc
                limit 1
                """, Long.class, programme);
        String admin = jdbc.queryForObject("""
                select p.email from person p join account a on a.person_id = p.id
                join account_role r on r.account_id = a.id and r.role = 'MUNICIPALITY_ADMIN'
                where r.municipality_id = ?
                """, String.class, municipality);
        String dashboard = "/dashboards/municipalities/" + municipality;
        String leaders = "/dashboards/programmes/" + programme + "/leaders";
        record Visit(String email, String path) {}
        List<Visit> visits = List.of(
                new Visit(admin, dashboard),
                new Visit(admin, dashboard + "?programme=" + programme),
                new Visit(admin, dashboard + "/export.xlsx?table=months&programme=" + programme),
                new Visit(admin, leaders + "?show=INACTIVE"),
                new Visit(coordinator, "/dashboards/coordinator"),
                new Visit(coordinator, "/dashboards/coordinator/export.csv?table=at-risk"),
                new Visit(coordinator, leaders + "?show=AT_RISK&municipality=" + municipality),
                new Visit("admin@" + GeneratorSettings.EMAIL_DOMAIN, "/dashboards/admin"));
        for (Visit visit : visits) {
            SamlaUser user = accounts.loadUser(visit.email()).orElseThrow();
            List<String> statements = queries.statementsDuring(
                    () -> mvc.perform(get(visit.path()).with(SecurityMockMvcRequestPostProcessors.user(user)))
                            .andExpect(status().isOk()));
            assertThat(statements.size())
                    .as(visit.path() + ": " + statements)
                    .isLessThanOrEqualTo(DashboardPagesTest.budget(visit.path()));
        }
    }
}
