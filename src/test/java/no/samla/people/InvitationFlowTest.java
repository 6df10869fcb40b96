package no.samla.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An invited account: disabled until its person chooses a password through the one-time link. */
@SamlaTest
class InvitationFlowTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String PASSWORD = "et langt og godt passord";

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void invitedAccountIsDisabledAndNoPasswordWorksUntilTheLinkIsUsed() throws Exception {
        Account account = invitedAccount();
        assertThat(account.isEnabled()).isFalse();
        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}$2a$10$").hasSize(68);

        mvc.perform(formLogin("/login").user("email", account.getEmail()).password(""))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theTokenIsUrlSafeAndOnlyItsHashIsStored() {
        Account account = invitedAccount();
        String token = invitations.create(account.getId());

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        String stored = jdbc.queryForObject(
                "select token_hash from invitation where account_id = ?", String.class, account.getId());
        assertThat(stored).hasSize(64).isEqualTo(Invitations.hash(token)).doesNotContain(token);
        assertThat(jdbc.queryForObject(
                        "select expires_at - created_at = interval '14 days' from invitation where account_id = ?",
                        Boolean.class,
                        account.getId()))
                .isTrue();
    }

    @Test
    void personSetsThePasswordThroughTheLinkAndThenLogsIn() throws Exception {
        Account account = invitedAccount();
        String token = invitations.create(account.getId());

        String page = mvc.perform(get("/invitation/" + token).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(account.getEmail())
                .contains("Velg passord")
                .contains("aria-describedby=\"newPassword-hint\"");

        String mismatch = mvc.perform(post("/invitation/" + token)
                        .with(csrf())
                        .param("newPassword", PASSWORD)
                        .param("repeatPassword", "noe helt annet her"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mismatch).contains("id=\"repeatPassword-error\"").contains("error-summary");
        String tooShort = mvc.perform(post("/invitation/" + token)
                        .with(csrf())
                        .param("newPassword", "kort")
                        .param("repeatPassword", "kort"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooShort).contains("id=\"newPassword-error\"").doesNotContain("value=\"kort\"");
        assertThat(accounts.get(account.getId()).isEnabled()).isFalse();

        mvc.perform(post("/invitation/" + token)
                        .with(csrf())
                        .param("newPassword", PASSWORD)
                        .param("repeatPassword", PASSWORD))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("flash", "invitation.accepted"));

        Account accepted = accounts.get(account.getId());
        assertThat(accepted.isEnabled()).isTrue();
        assertThat(accepted.isMustChangePassword()).isFalse();
        mvc.perform(formLogin("/login").user("email", account.getEmail()).password(PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject(
                        "select used_at is not null from invitation where account_id = ?",
                        Boolean.class,
                        account.getId()))
                .isTrue();
    }

    @Test
    void aUsedLinkDoesNotWorkASecondTime() throws Exception {
        Account account = invitedAccount();
        String token = invitations.create(account.getId());
        invitations.accept(token, PASSWORD);

        assertInvalid(mvc.perform(get("/invitation/" + token).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertInvalid(mvc.perform(post("/invitation/" + token)
                        .with(csrf())
                        .param("newPassword", "et annet langt passord")
                        .param("repeatPassword", "et annet langt passord"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(formLogin("/login").user("email", account.getEmail()).password(PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("email", account.getEmail()).password("et annet langt passord"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void disablingTheAccountClosesItsOpenLink() throws Exception {
        Account account = invitedAccount();
        String token = invitations.create(account.getId());
        accounts.setEnabled(account.getId(), false);

        assertInvalid(mvc.perform(get("/invitation/" + token).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(accounts.get(account.getId()).isEnabled()).isFalse();
    }

    @Test
    void anExpiredLinkDoesNotWork() throws Exception {
        Account account = invitedAccount();
        String token = invitations.create(account.getId());
        jdbc.update(
                "update invitation set created_at = now() - interval '15 days', expires_at = now() - interval '1 day'"
                        + " where account_id = ?",
                account.getId());

        assertInvalid(mvc.perform(get("/invitation/" + token).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(post("/invitation/" + token)
                        .with(csrf())
                        .param("newPassword", PASSWORD)
                        .param("repeatPassword", PASSWORD))
                .andExpect(status().isNotFound());
        assertThat(accounts.get(account.getId()).isEnabled()).isFalse();
    }

    @Test
    void anUnknownOrMangledTokenGetsTheSamePage() throws Exception {
        assertInvalid(mvc.perform(get("/invitation/" + Invitations.newToken()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(get("/invitation/" + "x".repeat(500)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        // The page is public, and the same for a signed-in visitor.
        mvc.perform(get("/invitation/unknown-token")
                        .with(no.samla.support.DemoUsers.LEADER.as(accounts))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(post("/invitation/unknown-token").with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePasswordCannotBeTheEmailAddress() throws Exception {
        Account account = invitedAccount();
        String token = invitations.create(account.getId());
        String page = mvc.perform(post("/invitation/" + token)
                        .with(csrf())
                        .param("newPassword", account.getEmail().toUpperCase())
                        .param("repeatPassword", account.getEmail().toUpperCase()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"newPassword-error\"").contains("e-postadressen din");
        assertThat(accounts.get(account.getId()).isEnabled()).isFalse();
    }

    private static void assertInvalid(String page) {
        assertThat(page).contains("Lenken virker ikke").doesNotContain("Exception");
    }

    private Account invitedAccount() {
        String email = "invitert" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() + "@invitation.example";
        long personId = people.create(new PersonData("Invitert Person", email, null, null, null, null, null, null))
                .getId();
        return accounts.get(accounts.createInvited(personId, Set.of(RoleGrant.of(Role.LEADER)))
                .getId());
    }
}
