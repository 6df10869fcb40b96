package no.samla.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import no.samla.support.SessionCookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SamlaTest
class LoginFlowTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Test
    void leaderLogsInWithTheDemoPasswordAndLandsOnTheStartPage() throws Exception {
        mvc.perform(formLogin("/login").user("email", DemoUsers.LEADER.email()).password(DemoUsers.PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void loginIgnoresTheCaseOfTheEmail() throws Exception {
        mvc.perform(formLogin("/login")
                        .user("email", DemoUsers.LEADER.email().toUpperCase())
                        .password(DemoUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswerAndKeepTheTypedEmail() throws Exception {
        MvcResult wrongPassword = mvc.perform(formLogin("/login")
                        .user("email", DemoUsers.LEADER.email())
                        .password("not-the-password"))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        MvcResult unknownEmail = mvc.perform(formLogin("/login")
                        .user("email", "nobody@nowhere.example")
                        .password("not-the-password"))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        String wrongPasswordPage = followLoginError(wrongPassword);
        String unknownEmailPage = followLoginError(unknownEmail);
        assertThat(wrongPasswordPage).contains("Innloggingen mislyktes").contains(DemoUsers.LEADER.email());
        assertThat(unknownEmailPage.replace("nobody@nowhere.example", DemoUsers.LEADER.email()))
                .isEqualTo(wrongPasswordPage);
    }

    @Test
    void tenFailuresInARowLockTheAccountForFifteenMinutesEvenForTheRightPassword() throws Exception {
        NewPassword password = newAccount(Role.LEADER);
        String email = accounts.get(password.accountId()).getEmail();
        for (int attempt = 0; attempt < Account.MAX_FAILED_LOGINS; attempt++) {
            mvc.perform(formLogin("/login").user("email", email).password("wrong-" + attempt))
                    .andExpect(redirectedUrl("/login?error"));
        }

        Account locked = accounts.get(password.accountId());
        assertThat(locked.getLockedUntil()).isNotNull();
        assertThat(locked.isLockedAt(
                        locked.getLockedUntil().minus(Account.LOCK_DURATION).plusSeconds(60)))
                .isTrue();
        mvc.perform(formLogin("/login").user("email", email).password(password.oneTimePassword()))
                .andExpect(redirectedUrl("/login?error"));

        accounts.unlock(password.accountId());
        mvc.perform(formLogin("/login").user("email", email).password(password.oneTimePassword()))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void nineFailuresFollowedByASuccessStartTheCountAgain() throws Exception {
        NewPassword password = newAccount(Role.LEADER);
        String email = accounts.get(password.accountId()).getEmail();
        for (int attempt = 0; attempt < Account.MAX_FAILED_LOGINS - 1; attempt++) {
            mvc.perform(formLogin("/login").user("email", email).password("wrong"));
        }
        mvc.perform(formLogin("/login").user("email", email).password(password.oneTimePassword()));
        mvc.perform(formLogin("/login").user("email", email).password("wrong"));

        Account account = accounts.get(password.accountId());
        assertThat(account.getLockedUntil()).isNull();
        assertThat(account.getFailedLogins()).isEqualTo(1);
    }

    @Test
    void oneTimePasswordMustBeChangedBeforeAnyOtherPageOpens() throws Exception {
        NewPassword password = newAccount(Role.COORDINATOR);
        String email = accounts.get(password.accountId()).getEmail();
        SessionCookie session = login(email, password.oneTimePassword(), "/account/password");

        mvc.perform(get("/").with(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("engangspassord")));

        mvc.perform(post("/account/password")
                        .with(session)
                        .with(csrf())
                        .param("currentPassword", password.oneTimePassword())
                        .param("newPassword", "et langt og godt passord")
                        .param("repeatPassword", "et langt og godt passord"))
                .andExpect(redirectedUrl("/"))
                // The session gets a new id with the new password.
                .andDo(session);
        mvc.perform(get("/account/notifications").with(session)).andExpect(status().isOk());
        assertThat(accounts.get(password.accountId()).isMustChangePassword()).isFalse();

        // Signing out ends the session in the database: its cookie opens nothing afterwards.
        String id = session.id();
        mvc.perform(post("/logout").with(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(sessions.findById(id)).isNull();
        mvc.perform(get("/account/password").with(session)).andExpect(redirectedUrl("/login"));
        login(email, "et langt og godt passord", "/");
    }

    @Test
    void changingThePasswordSignsOutEveryOtherSessionButKeepsThisOne() throws Exception {
        NewPassword password = newAccount(Role.LEADER);
        String email = accounts.get(password.accountId()).getEmail();
        SessionCookie phone = login(email, password.oneTimePassword(), "/account/password");
        SessionCookie laptop = login(email, password.oneTimePassword(), "/account/password");

        mvc.perform(post("/account/password")
                        .with(laptop)
                        .with(csrf())
                        .param("currentPassword", password.oneTimePassword())
                        .param("newPassword", "et langt og godt passord")
                        .param("repeatPassword", "et langt og godt passord"))
                .andExpect(redirectedUrl("/"))
                .andDo(laptop);

        assertThat(sessions.findById(phone.id())).isNull();
        mvc.perform(get("/").with(phone))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Test Testesen"))));
        mvc.perform(get("/account/notifications").with(phone)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/notifications").with(laptop)).andExpect(status().isOk());
    }

    @Test
    void aResetPasswordADisabledAccountAndNewRolesEndTheAccountsSessions() throws Exception {
        SessionCookie admin = login(DemoUsers.ADMIN.email(), DemoUsers.PASSWORD, "/");

        NewPassword reset = newAccount(Role.LEADER);
        SessionCookie resetSession =
                login(accounts.get(reset.accountId()).getEmail(), reset.oneTimePassword(), "/account/password");
        mvc.perform(post("/admin/accounts/" + reset.accountId() + "/reset-password")
                        .with(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + reset.accountId()));
        assertThat(sessions.findById(resetSession.id())).isNull();

        NewPassword disabled = newAccount(Role.LEADER);
        SessionCookie disabledSession =
                login(accounts.get(disabled.accountId()).getEmail(), disabled.oneTimePassword(), "/account/password");
        mvc.perform(post("/admin/accounts/" + disabled.accountId() + "/disable")
                        .with(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + disabled.accountId()));
        assertThat(sessions.findById(disabledSession.id())).isNull();
        mvc.perform(get("/account/password").with(disabledSession)).andExpect(redirectedUrl("/login"));

        NewPassword promoted = newAccount(Role.LEADER);
        SessionCookie promotedSession =
                login(accounts.get(promoted.accountId()).getEmail(), promoted.oneTimePassword(), "/account/password");
        mvc.perform(post("/admin/accounts/" + promoted.accountId() + "/roles")
                        .with(admin)
                        .with(csrf())
                        .param("roles", "LEADER", "COORDINATOR")
                        .param(
                                "version",
                                String.valueOf(
                                        accounts.get(promoted.accountId()).getVersion())))
                .andExpect(redirectedUrl("/admin/accounts/" + promoted.accountId()));
        assertThat(sessions.findById(promotedSession.id())).isNull();

        // The admin who made the changes stays signed in.
        assertThat(sessions.findById(admin.id())).isNotNull();
        mvc.perform(get("/admin/accounts").with(admin)).andExpect(status().isOk());
    }

    @Test
    void passwordChangeExplainsEachProblemNextToItsField() throws Exception {
        NewPassword password = newAccount(Role.LEADER);
        String email = accounts.get(password.accountId()).getEmail();
        SessionCookie session = login(email, password.oneTimePassword(), "/account/password");

        String page = mvc.perform(post("/account/password")
                        .with(session)
                        .with(csrf())
                        .param("currentPassword", "feil passord")
                        .param("newPassword", "kort")
                        .param("repeatPassword", "annet"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"newPassword-error\"")
                .contains("id=\"repeatPassword-error\"")
                .contains("aria-describedby=\"newPassword-hint newPassword-error\"")
                .doesNotContain("value=\"kort\"");

        String wrongCurrent = mvc.perform(post("/account/password")
                        .with(session)
                        .with(csrf())
                        .param("currentPassword", "feil passord")
                        .param("newPassword", "et langt og godt passord")
                        .param("repeatPassword", "et langt og godt passord"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrongCurrent).contains("id=\"currentPassword-error\"").contains("Passordet stemmer ikke.");

        String common = mvc.perform(post("/account/password")
                        .with(session)
                        .with(csrf())
                        .param("currentPassword", password.oneTimePassword())
                        .param("newPassword", "Passord2026!!")
                        .param("repeatPassword", "Passord2026!!"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(common).contains("id=\"newPassword-error\"").contains("for vanlig og lett å gjette");

        String tooLong = mvc.perform(post("/account/password")
                        .with(session)
                        .with(csrf())
                        .param("currentPassword", password.oneTimePassword())
                        .param("newPassword", "å".repeat(40))
                        .param("repeatPassword", "å".repeat(40)))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooLong).contains("id=\"newPassword-error\"").contains("høyst 72 tegn");
        assertThat(accounts.get(password.accountId()).isMustChangePassword()).isTrue();
    }

    @Test
    void loginChangesTheSessionIdAgainstSessionFixation() throws Exception {
        SessionCookie session = SessionCookie.of(mvc.perform(get("/login")).andReturn());
        String before = session.id();
        mvc.perform(post("/login")
                        .with(session)
                        .with(csrf())
                        .param("email", DemoUsers.LEADER.email())
                        .param("password", DemoUsers.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andDo(session);
        assertThat(session.id()).isNotNull().isNotEqualTo(before);
        assertThat(sessions.findById(before)).isNull();
        assertThat(sessions.findById(session.id())).isNotNull();
        mvc.perform(get("/").with(session)).andExpect(status().isOk());
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("email", DemoUsers.LEADER.email()).param("password", DemoUsers.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void disabledAccountCannotLogIn() throws Exception {
        NewPassword password = newAccount(Role.LEADER);
        String email = accounts.get(password.accountId()).getEmail();
        accounts.setEnabled(password.accountId(), false);
        mvc.perform(formLogin("/login").user("email", email).password(password.oneTimePassword()))
                .andExpect(redirectedUrl("/login?error"));
    }

    private SessionCookie login(String email, String password, String expectedRedirect) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user("email", email).password(password))
                .andExpect(redirectedUrl(expectedRedirect))
                .andReturn();
        return SessionCookie.of(result);
    }

    private String followLoginError(MvcResult failure) throws Exception {
        return mvc.perform(get("/login").param("error", "").with(SessionCookie.of(failure)))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private NewPassword newAccount(Role role) {
        String email = "test.person" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() + "@login.example";
        long personId = people.create(new PersonData("Test Testesen", email, null, null, null, null, null, null))
                .getId();
        return accounts.create(personId, Set.of(RoleGrant.of(role)));
    }
}
