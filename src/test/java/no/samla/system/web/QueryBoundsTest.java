package no.samla.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import no.samla.organisation.Organisations;
import no.samla.organisation.ProviderKind;
import no.samla.organisation.ProviderOrganisationData;
import no.samla.people.Accounts;
import no.samla.people.People;
import no.samla.people.PersonData;
import no.samla.people.Role;
import no.samla.people.RoleGrant;
import no.samla.people.Sector;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The admin pages run the same number of SQL statements however many rows there are. */
@SamlaTest
class QueryBoundsTest {

    static final List<String> PAGES = List.of(
            "/admin/people",
            "/admin/accounts",
            "/admin/organisations",
            "/admin/municipalities",
            "/admin/people?q=a&page=1",
            "/admin/audit",
            "/admin/audit?q=bounded&page=1");

    static final long MAX_STATEMENTS = 4;

    @Autowired
    MockMvc mvc;

    @Autowired
    QueryCounter queries;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    Organisations organisations;

    @Test
    void listPagesRunABoundedNumberOfQueriesWhateverTheDataSize() throws Exception {
        List<Long> before = countAll();
        long municipality =
                organisations.findMunicipalityByNumber("3301").orElseThrow().getId();
        for (int i = 0; i < 60; i++) {
            String email = "bounded." + i + "." + System.nanoTime() + "@queries.example";
            long person = people.create(new PersonData(
                            "Avgrenset Person " + i,
                            email,
                            null,
                            "Enhetsleder",
                            municipality,
                            null,
                            null,
                            Sector.OTHER))
                    .getId();
            accounts.create(person, Set.of(RoleGrant.of(Role.LEADER)));
        }
        for (int i = 0; i < 30; i++) {
            organisations.createProvider(new ProviderOrganisationData(
                    "Avgrenset leverandør " + i + " " + System.nanoTime(), ProviderKind.OTHER, null, null, null));
        }
        List<Long> after = countAll();

        // Page query, count query (once a list fills a page), the roles of the page's accounts, and the
        // filter's options: never one query per row.
        assertThat(before).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(MAX_STATEMENTS));
        assertThat(after).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(MAX_STATEMENTS));
    }

    private List<Long> countAll() throws Exception {
        List<Long> counts = new java.util.ArrayList<>();
        for (String page : PAGES) {
            counts.add(queries.countDuring(() ->
                    mvc.perform(get(page).with(DemoUsers.ADMIN.as(accounts))).andExpect(status().isOk())));
        }
        return counts;
    }
}
