package no.samla.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Refused forms of the leadership platform and the surveys, sent as a browser sends them: without a test transaction
 * around the request, so a page that reads a lazy collection after the service returned fails here as it would in
 * production (the other tests wrap requests in a transaction, where such a read still works). Refusals save nothing,
 * so nothing needs rolling back.
 */
@SamlaTest
class RefusedFormsOutsideTransactionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLeadershipPlatformsRefusedFormsRenderTheirPages() throws Exception {
        long platform = jdbc.queryForObject("""
                select lp.id from leadership_platform lp join programme p on p.id = lp.programme_id
                where p.name = ? and lp.municipality_id is null
                """, Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        long principle = jdbc.queryForObject(
                "select id from platform_principle where platform_id = ? order by position limit 1",
                Long.class,
                platform);
        long version =
                jdbc.queryForObject("select version from leadership_platform where id = ?", Long.class, platform);
        String base = "/platforms/" + platform;

        assertStatus(
                post(base + "/principles").param("title", "x".repeat(121)).param("version", "" + version),
                DemoUsers.COORDINATOR,
                422);
        assertStatus(
                post(base + "/principles/" + principle + "/edit")
                        .param("title", "")
                        .param("version", "" + version),
                DemoUsers.COORDINATOR,
                422);
        assertStatus(
                post(base + "/principles/" + principle + "/edit")
                        .param("title", "Eldre side")
                        .param("version", "" + (version + 7)),
                DemoUsers.COORDINATOR,
                409);
        assertStatus(post(base + "/principles/" + principle + "/comments").param("text", " "), DemoUsers.LEADER, 422);
    }

    @Test
    void theSurveysRefusedFormsRenderTheirPages() throws Exception {
        long programme = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        long survey = jdbc.queryForObject(
                "select min(id) from survey where programme_id = ? and instrument = 'SELF_ASSESSMENT'",
                Long.class,
                programme);
        String base = "/programmes/" + programme + "/surveys/" + survey;

        assertStatus(post(base).param("title", "").param("version", "0"), DemoUsers.COORDINATOR, 422);
        assertStatus(
                post(base + "/rounds")
                        .param("roundKind", "OTHER")
                        .param("opensOn", "2027-01-10")
                        .param("closesOn", "2027-01-05"),
                DemoUsers.COORDINATOR,
                422);
        assertStatus(post(base + "/questions").param("kind", "SCALE").param("text", ""), DemoUsers.COORDINATOR, 422);
    }

    private void assertStatus(MockHttpServletRequestBuilder request, DemoUsers user, int status) throws Exception {
        int actual = mvc.perform(request.with(csrf()).with(user.as(accounts)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(actual).isEqualTo(status);
    }
}
