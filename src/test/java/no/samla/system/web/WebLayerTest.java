package no.samla.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Headers, languages, error pages, dates and the actuator endpoints. */
@SamlaTest
class WebLayerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Dates dates;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void overTlsPagesAskForHstsAndTheSessionCookieIsSecure() throws Exception {
        MvcResult secure = mvc.perform(get("/login").secure(true))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(secure.getResponse().getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000")
                .contains("includeSubDomains");
        Cookie session = secure.getResponse().getCookie("JSESSIONID");
        assertThat(session).isNotNull();
        assertThat(session.getSecure()).isTrue();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getAttribute("SameSite")).isEqualTo("Lax");

        // Plain HTTP (local use, or TLS ended before a proxy that does not say so): no HSTS, and no Secure flag,
        // which the browser would refuse to send back.
        MvcResult plain = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        assertThat(plain.getResponse().getHeader("Strict-Transport-Security")).isNull();
        assertThat(plain.getResponse().getCookie("JSESSIONID").getSecure()).isFalse();
    }

    @Test
    void thePrivacyStatementIsOpenToAllInEveryLanguageAndLinkedFromEveryPage() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/privacy\"")));
        mvc.perform(get("/privacy"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Personvernerklæring for Samla")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Datatilsynet")));
        mvc.perform(get("/privacy").param("lang", "nn"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kven som ser kva")));
        mvc.perform(get("/privacy").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Privacy statement for Samla")));
    }

    @Test
    void aPageNumberFarBeyondTheListIsAnEmptyPageNotAServerError() throws Exception {
        // Page 99 999 999 of 25 rows starts past what an int offset holds; Spring Data refused it with a 500.
        long programme = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, no.samla.demo.DemoProgrammes.DRAMMEN_SCHOOL);
        mvc.perform(get("/programmes/" + programme + "/coaching")
                        .param("page", "99999999")
                        .with(no.samla.support.DemoUsers.COORDINATOR.as(accounts)))
                .andExpect(status().isOk());
    }

    @Test
    void theNullCharacterIsLeftOutOfParametersBeforeTheyReachTheDatabase() throws Exception {
        // PostgreSQL text cannot hold U+0000: this sign-in looked the address up and failed with a 500.
        mvc.perform(post("/login")
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("email", "kari\u0000@drammen.example")
                        .param("password", "whatever-it-is"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/login?error"));
        mvc.perform(get("/programmes").param("q", "Lederskolen\u0000").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Lederskolen\"")));
    }

    @Test
    void theErrorPathOpenedDirectlyIsNotFoundWhateverTheClientAccepts() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
        mvc.perform(get("/error")).andExpect(status().isNotFound());
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndDenyFraming() throws Exception {
        MvcResult result = mvc.perform(get("/")).andExpect(status().isOk()).andReturn();
        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp)
                .contains("script-src 'self'")
                .contains("style-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void templatesUseNoInlineScriptsOrStyles() throws Exception {
        String page = mvc.perform(get("/admin/people").with(DemoUsers.ADMIN.as(accounts)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain(" style=\"").doesNotContain("onclick=").doesNotContainPattern("<script>[^<]");
    }

    @Test
    void bokmalIsTheDefaultAndTheFooterSwitchesToNynorskAndEnglish() throws Exception {
        assertThat(body(mvc.perform(get("/")).andReturn()))
                .contains("lang=\"nb\"")
                .contains("Velkommen til Samla");

        MvcResult nynorsk = mvc.perform(get("/").param("lang", "nn")).andReturn();
        assertThat(body(nynorsk)).contains("lang=\"nn\"").contains("Velkomen til Samla");
        Cookie chosen = nynorsk.getResponse().getCookie("samla-lang");
        assertThat(chosen).isNotNull();
        assertThat(body(mvc.perform(get("/login").cookie(chosen)).andReturn())).contains("lang=\"nn\"");

        assertThat(body(mvc.perform(get("/").param("lang", "en")).andReturn()))
                .contains("lang=\"en\"")
                .contains("Welcome to Samla");
    }

    @Test
    void theBrowsersLanguageIsUsedWhenSamlaSpeaksIt() throws Exception {
        assertThat(body(mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.8"))
                        .andReturn()))
                .contains("lang=\"en\"");
        assertThat(body(mvc.perform(get("/").header("Accept-Language", "nn-NO,nb;q=0.8"))
                        .andReturn()))
                .contains("lang=\"nn\"");
        assertThat(body(mvc.perform(get("/").header("Accept-Language", "de-DE")).andReturn()))
                .contains("lang=\"nb\"");
    }

    @Test
    void listsSayNoResultsOnlyWhenThereAreNone() throws Exception {
        String full = body(
                mvc.perform(get("/admin/people").param("q", "Kari Nordmann").with(DemoUsers.ADMIN.as(accounts)))
                        .andReturn());
        String empty = body(mvc.perform(get("/admin/people")
                        .param("q", "ingen-slik-person-finnes")
                        .with(DemoUsers.ADMIN.as(accounts)))
                .andReturn());
        assertThat(full).contains("Kari Nordmann").doesNotContain("Ingen treff.");
        assertThat(empty).contains("Ingen treff.");
    }

    @Test
    void datesAreWrittenTheNorwegianWayInOsloTime() {
        assertThat(dates.date(LocalDate.of(2026, 11, 23))).isEqualTo("23.11.2026");
        assertThat(dates.dateTime(Instant.parse("2026-06-30T22:30:00Z"))).isEqualTo("01.07.2026 00:30");
    }

    @Test
    void healthIsPublicWithoutDetailsAndMetricsAreForAdminsOnly() throws Exception {
        String health = body(
                mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andReturn());
        assertThat(health)
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("details");

        mvc.perform(get("/actuator/prometheus").with(DemoUsers.COORDINATOR.as(accounts)))
                .andExpect(status().isForbidden());
        String metrics = body(mvc.perform(get("/actuator/prometheus").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/plain")))
                .andReturn());
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
