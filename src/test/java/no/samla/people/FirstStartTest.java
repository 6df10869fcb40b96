package no.samla.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samla.support.SessionCookie;
import no.samla.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * First start on an empty external database: one admin with a one-time password printed once in the
 * log, which must be changed, after which the admin can create a coordinator.
 */
// On a port, as Samla runs: the session cookie is configured from server.servlet.session.cookie.* only when Samla
// runs its own web server (a mock servlet environment counts as a deployment in a servlet container).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "samla.demo=false")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.Server database = TestDatabase.server().createDatabase("samla_first_start");
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", () -> database.username() == null ? "" : database.username());
        registry.add("spring.datasource.password", () -> database.password() == null ? "" : database.password());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstAdminLogsInWithThePrintedPasswordChangesItAndCreatesACoordinator(CapturedOutput output)
            throws Exception {
        Matcher printed = Pattern.compile("admin account (\\S+) with one-time password (\\S+)")
                .matcher(output.getAll());
        assertThat(printed.find()).as("the one-time password is in the log").isTrue();
        assertThat(printed.find()).as("and printed only once").isFalse();
        printed.reset().find();
        String email = printed.group(1);
        String oneTimePassword = printed.group(2);
        assertThat(jdbc.queryForObject("select count(*) from account", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from person", Long.class))
                .isEqualTo(1);

        SessionCookie session = SessionCookie.of(
                mvc.perform(formLogin("/login").user("email", email).password(oneTimePassword))
                        .andExpect(redirectedUrl("/account/password"))
                        .andReturn());
        mvc.perform(post("/account/password")
                        .with(session)
                        .with(csrf())
                        .param("currentPassword", oneTimePassword)
                        .param("newPassword", "administratorens eget passord")
                        .param("repeatPassword", "administratorens eget passord"))
                .andExpect(redirectedUrl("/"))
                // The session gets a new id with the new password.
                .andDo(session);

        mvc.perform(post("/admin/organisations")
                        .with(session)
                        .with(csrf())
                        .param("name", "Lederløft AS")
                        .param("kind", "CONSULTANCY")
                        .param("version", "0"))
                .andExpect(redirectedUrlPattern("/admin/organisations/*"));
        long provider = jdbc.queryForObject("select id from provider_organisation", Long.class);
        mvc.perform(post("/admin/people")
                        .with(session)
                        .with(csrf())
                        .param("fullName", "Kristin Koordinator")
                        .param("email", "kristin@lederloft.example")
                        .param("organisation", "provider:" + provider)
                        .param("version", "0"))
                .andExpect(redirectedUrlPattern("/admin/people/*"));
        long person =
                jdbc.queryForObject("select id from person where email = 'kristin@lederloft.example'", Long.class);
        mvc.perform(post("/admin/accounts")
                        .with(session)
                        .with(csrf())
                        .param("personId", String.valueOf(person))
                        .param("roles", "COORDINATOR")
                        .param("version", "0"))
                .andExpect(redirectedUrlPattern("/admin/accounts/*"));

        assertThat(jdbc.queryForObject(
                        "select role from account_role r join account a on a.id = r.account_id where a.person_id = ?",
                        String.class,
                        person))
                .isEqualTo("COORDINATOR");
    }
}
