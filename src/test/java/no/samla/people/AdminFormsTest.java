package no.samla.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import no.samla.support.SessionCookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The admin's forms: messages next to fields, input kept, nothing half-saved, 404/400/409 pages. */
@SamlaTest
class AdminFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void personWithoutNameGetsAMessageNextToTheFieldKeepsTheInputAndSavesNothing() throws Exception {
        long before = countPeople();
        String page = rejectedAsAdmin(
                "/admin/people",
                "fullName",
                "",
                "email",
                "ny.leder@drammen.example",
                "title",
                "Enhetsleder",
                "version",
                "0");

        assertThat(page)
                .contains("id=\"fullName-error\"")
                .contains("aria-describedby=\"fullName-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("Feltet må fylles ut.")
                .contains("value=\"ny.leder@drammen.example\"")
                .contains("value=\"Enhetsleder\"")
                .contains("error-summary");
        assertThat(countPeople()).isEqualTo(before);
    }

    @Test
    void emailAlreadyInUseIsAFieldMessageNotAnError() throws Exception {
        long before = countPeople();
        String page = rejectedAsAdmin(
                "/admin/people",
                "fullName",
                "Kari Nordmann den andre",
                "email",
                DemoUsers.LEADER.email().toUpperCase(),
                "version",
                "0");
        assertThat(page).contains("id=\"email-error\"").contains("E-postadressen er allerede i bruk.");
        assertThat(countPeople()).isEqualTo(before);
    }

    @Test
    void malformedOrganisationAndPhoneAreRejected() throws Exception {
        String page = rejectedAsAdmin(
                "/admin/people",
                "fullName",
                "Ola Test",
                "email",
                "ola.test@form.example",
                "phone",
                "ring meg",
                "organisation",
                "municipality:abc",
                "version",
                "0");
        assertThat(page).contains("id=\"phone-error\"").contains("id=\"organisation-error\"");
    }

    @Test
    void aTamperedChoiceIsAFieldMessageAndTheRestOfTheInputIsKept() throws Exception {
        long before = countPeople();
        String page = rejectedAsAdmin(
                "/admin/people",
                "fullName",
                "Ola Test",
                "email",
                "ola.tampered@form.example",
                "phone",
                "ring meg",
                "sector",
                "NOT_A_SECTOR",
                "version",
                "x");
        assertThat(page)
                .contains("id=\"sector-error\"")
                .contains("value=\"Ola Test\"")
                .contains("value=\"ring meg\"");
        assertThat(countPeople()).isEqualTo(before);
    }

    @Test
    void aValueThatCannotBeReadIsAMessageNextToItsFieldAlongsideTheOtherChecks() throws Exception {
        // The form record cannot take "abc" as its version; the manager check after it still adds its message,
        // and the page still shows the form (before, both threw on a binding result without a form: a 500).
        long before = countPeople();
        String page = rejectedAsAdmin(
                "/admin/people",
                "fullName",
                "Ola Uleselig",
                "email",
                "ola.uleselig@form.example",
                "managerEmail",
                "ingen.slik@drammen.example",
                "version",
                "abc");
        assertThat(page)
                .contains("id=\"managerEmail-error\"")
                .contains("value=\"Ola Uleselig\"")
                .contains("value=\"ingen.slik@drammen.example\"")
                .contains("value=\"abc\"");
        assertThat(countPeople()).isEqualTo(before);
    }

    @Test
    void editingAStaleVersionGivesA409ThatKeepsTheInput() throws Exception {
        MvcResult created = mvc.perform(post("/admin/people")
                        .with(admin())
                        .with(csrf())
                        .param("fullName", "Stale Testesen")
                        .param("email", "stale." + System.nanoTime() + "@form.example")
                        .param("version", "0"))
                .andExpect(redirectedUrlPattern("/admin/people/*"))
                .andReturn();
        String url = created.getResponse().getRedirectedUrl();
        String email = jdbc.queryForObject(
                "select email from person where id = ?",
                String.class,
                Long.valueOf(url.substring(url.lastIndexOf('/') + 1)));

        mvc.perform(post(url)
                        .with(admin())
                        .with(csrf())
                        .param("fullName", "Første endring")
                        .param("email", email)
                        .param("version", "0"))
                .andExpect(redirectedUrl(url));
        String conflict = mvc.perform(post(url)
                        .with(admin())
                        .with(csrf())
                        .param("fullName", "Andre endring")
                        .param("email", email)
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(conflict)
                .contains("Noen andre har endret dette i mellomtiden")
                .contains("value=\"Andre endring\"")
                .contains("name=\"version\" value=\"1\"");
        mvc.perform(post(url)
                        .with(admin())
                        .with(csrf())
                        .param("fullName", "Andre endring")
                        .param("email", email)
                        .param("version", "1"))
                .andExpect(redirectedUrl(url));
    }

    @Test
    void unknownIdGivesNotFoundAndANonNumericIdBadRequest() throws Exception {
        String notFound = mvc.perform(
                        get("/admin/people/987654321").with(admin()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/admin/people/abc").with(admin()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/accounts/new")
                        .param("person", "x")
                        .with(admin())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/organisations/99999999999999999999")
                        .with(admin())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest());
    }

    @Test
    void adminCreatesACoordinatorWhoLogsInWithTheOneTimePassword() throws Exception {
        long provider = jdbc.queryForObject(
                "select id from provider_organisation where name = 'Fjord Lederutvikling AS'", Long.class);
        String email = "ny.koordinator." + System.nanoTime() + "@fjordleder.example";
        String personUrl = mvc.perform(post("/admin/people")
                        .with(admin())
                        .with(csrf())
                        .param("fullName", "Nina Koordinator")
                        .param("email", email)
                        .param("organisation", "provider:" + provider)
                        .param("version", "0"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long personId = Long.parseLong(personUrl.substring(personUrl.lastIndexOf('/') + 1));

        // The password is carried to the next page in the admin's session, as in a browser.
        SessionCookie browser = SessionCookie.of(mvc.perform(get("/login")).andReturn());
        MvcResult created = mvc.perform(post("/admin/accounts")
                        .with(browser)
                        .with(admin())
                        .with(csrf())
                        .param("personId", String.valueOf(personId))
                        .param("roles", "COORDINATOR")
                        .param("version", "0"))
                .andExpect(redirectedUrlPattern("/admin/accounts/*"))
                .andReturn();
        String oneTimePassword = (String) created.getFlashMap().get("oneTimePassword");
        assertThat(oneTimePassword).hasSize(19);

        String accountPage = mvc.perform(get(created.getResponse().getRedirectedUrl())
                        .with(browser)
                        .with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(accountPage).contains(oneTimePassword).contains("Koordinator");

        mvc.perform(formLogin("/login").user("email", email).password(oneTimePassword))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void municipalityAdminRoleNeedsAMunicipality() throws Exception {
        long personId = people.create(new PersonData(
                        "Uten Kommune",
                        "uten.kommune." + System.nanoTime() + "@form.example",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .getId();
        String page = rejectedAsAdmin(
                "/admin/accounts", "personId", String.valueOf(personId), "roles", "MUNICIPALITY_ADMIN", "version", "0");
        assertThat(page).contains("id=\"municipalityId-error\"");
        assertThat(jdbc.queryForObject("select count(*) from account where person_id = ?", Long.class, personId))
                .isZero();
    }

    @Test
    void adminCanNeitherDisableThemselvesNorDropTheirOwnAdminRole() throws Exception {
        long adminAccount =
                accounts.loadUser(DemoUsers.ADMIN.email()).orElseThrow().accountId();
        mvc.perform(post("/admin/accounts/" + adminAccount + "/disable")
                        .with(admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + adminAccount));
        assertThat(accounts.get(adminAccount).isEnabled()).isTrue();

        String page = mvc.perform(post("/admin/accounts/" + adminAccount + "/roles")
                        .with(admin())
                        .with(csrf())
                        .param("roles", "LEADER")
                        .param(
                                "version",
                                String.valueOf(accounts.get(adminAccount).getVersion())))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"roles-error\"");
        assertThat(accounts.get(adminAccount).hasRole(Role.ADMIN)).isTrue();
    }

    @Test
    void providerFormChecksOrganisationNumberAndDuplicateName() throws Exception {
        String page = rejectedAsAdmin(
                "/admin/organisations",
                "name",
                "fjord lederutvikling as",
                "kind",
                "CONSULTANCY",
                "orgNumber",
                "12345",
                "version",
                "0");
        assertThat(page)
                .contains("id=\"orgNumber-error\"")
                .contains("ni siffer")
                .contains("value=\"12345\"");

        String duplicate = rejectedAsAdmin(
                "/admin/organisations", "name", "fjord lederutvikling as", "kind", "CONSULTANCY", "version", "0");
        assertThat(duplicate).contains("id=\"name-error\"").contains("finnes allerede");
    }

    /** Posts a form as the admin, expects it to be refused with field messages, and returns the page. */
    private String rejectedAsAdmin(String url, String... namesAndValues) throws Exception {
        var request = post(url).with(admin()).with(csrf());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long countPeople() {
        return jdbc.queryForObject("select count(*) from person", Long.class);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return DemoUsers.ADMIN.as(accounts);
    }
}
