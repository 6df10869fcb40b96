package no.samla.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samla.people.internal.SignInLimits;
import no.samla.support.SamlaTest;
import no.samla.support.SessionCookie;
import no.samla.system.RateLimits;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Forgot your password?" from the request to the new password: the mail in the outbox, a link that works once and
 * for an hour and only as a reset link, the old sessions ended, and the limits per address and per e-mail. Each test
 * comes from addresses of its own, so that the limits of one do not reach another.
 */
@SamlaTest
class PasswordResetFlowTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String NEW_PASSWORD = "fjorden ligger blank i dag";
    private static final Pattern LINK = Pattern.compile("(\\S*)/password-reset/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    RateLimits rateLimits;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeaderAsksForALinkChoosesANewPasswordAndIsSignedOutEverywhereElse() throws Exception {
        RequestPostProcessor from = address();
        NewPassword account = newAccount();
        String email = accounts.get(account.accountId()).getEmail();
        SessionCookie oldSession = SessionCookie.of(
                mvc.perform(formLogin("/login").user("email", email).password(account.oneTimePassword()))
                        .andReturn());

        mvc.perform(get("/login").with(from))
                .andExpect(content().string(Matchers.containsString("href=\"/password-reset\"")));
        mvc.perform(get("/password-reset").with(from)).andExpect(status().isOk());
        mvc.perform(post("/password-reset")
                        .with(from)
                        .with(csrf())
                        .header("Host", "angriper.example")
                        .param("email", email.toUpperCase()))
                .andExpect(redirectedUrl("/password-reset/sent"));
        mvc.perform(get("/password-reset/sent").with(from))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("60 minutter")));

        Matcher link = mailedLink(email);
        // The link is built on the configured address, never on the Host header of the request.
        assertThat(link.group(1)).doesNotContain("angriper.example");
        String token = link.group(2);
        String stored = jdbc.queryForObject(
                "select token_hash from invitation where account_id = ? and purpose = 'PASSWORD_RESET'",
                String.class,
                account.accountId());
        assertThat(stored).hasSize(64).isNotEqualTo(token);

        mvc.perform(get("/password-reset/" + token).with(from))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(email)));
        String common = mvc.perform(post("/password-reset/" + token)
                        .with(from)
                        .with(csrf())
                        .param("newPassword", "Passord2026!!")
                        .param("repeatPassword", "Passord2026!!"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(common)
                .contains("id=\"newPassword-error\"")
                .contains("for vanlig og lett å gjette")
                .doesNotContain("Passord2026!!");

        mvc.perform(post("/password-reset/" + token)
                        .with(from)
                        .with(csrf())
                        .param("newPassword", NEW_PASSWORD)
                        .param("repeatPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login"));

        assertThat(sessions.findById(oldSession.id())).isNull();
        assertThat(accounts.get(account.accountId()).isMustChangePassword()).isFalse();
        mvc.perform(formLogin("/login").user("email", email).password(account.oneTimePassword()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("email", email).password(NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));
        // Once used, the link is gone.
        mvc.perform(get("/password-reset/" + token).with(from)).andExpect(status().isNotFound());
        mvc.perform(post("/password-reset/" + token)
                        .with(from)
                        .with(csrf())
                        .param("newPassword", "et helt annet passord")
                        .param("repeatPassword", "et helt annet passord"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownOrDisabledAddressGetsTheSameAnswerAndNoMail() throws Exception {
        RequestPostProcessor from = address();
        NewPassword disabled = newAccount();
        String disabledEmail = accounts.get(disabled.accountId()).getEmail();
        accounts.setEnabled(disabled.accountId(), false);
        String unknown = "ingen.konto." + System.nanoTime() + "@reset.example";

        for (String email : List.of(unknown, disabledEmail)) {
            mvc.perform(post("/password-reset").with(from).with(csrf()).param("email", email))
                    .andExpect(redirectedUrl("/password-reset/sent"));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_email in (?, ?)",
                        Integer.class,
                        unknown,
                        disabledEmail))
                .isZero();
    }

    @Test
    void aLinkWorksForAnHourAndOnlyForItsPurpose() throws Exception {
        RequestPostProcessor from = address();
        NewPassword account = newAccount();
        String email = accounts.get(account.accountId()).getEmail();
        mvc.perform(post("/password-reset").with(from).with(csrf()).param("email", email));
        String token = mailedLink(email).group(2);

        jdbc.update(
                "update invitation set expires_at = now() - interval '1 second' where account_id = ?",
                account.accountId());
        mvc.perform(get("/password-reset/" + token).with(from)).andExpect(status().isNotFound());

        // An invitation link does not open the reset page, nor a reset link the invitation page.
        String invitation = invitations.create(account.accountId());
        mvc.perform(get("/password-reset/" + invitation).with(from)).andExpect(status().isNotFound());
        mvc.perform(post("/password-reset").with(from).with(csrf()).param("email", email));
        String second = mailedLink(email).group(2);
        mvc.perform(get("/invitation/" + second).with(from)).andExpect(status().isNotFound());
        mvc.perform(get("/password-reset/" + second).with(from)).andExpect(status().isOk());
    }

    @Test
    void requestsAreLimitedPerEmailAndPerAddress() throws Exception {
        NewPassword account = newAccount();
        String email = accounts.get(account.accountId()).getEmail();
        for (int i = 0; i < SignInLimits.RESET_REQUESTS_PER_EMAIL.hits(); i++) {
            mvc.perform(post("/password-reset").with(address()).with(csrf()).param("email", email))
                    .andExpect(redirectedUrl("/password-reset/sent"));
        }
        String refused = mvc.perform(
                        post("/password-reset").with(address()).with(csrf()).param("email", email))
                .andExpect(status().isTooManyRequests())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"email-error\"").contains("value=\"" + email + "\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_email = ?", Integer.class, email))
                .isEqualTo(SignInLimits.RESET_REQUESTS_PER_EMAIL.hits());

        RequestPostProcessor from = address();
        for (int i = 0; i < SignInLimits.RESET_REQUESTS_PER_ADDRESS.hits(); i++) {
            mvc.perform(post("/password-reset")
                            .with(from)
                            .with(csrf())
                            .param("email", "ukjent" + i + "." + System.nanoTime() + "@reset.example"))
                    .andExpect(redirectedUrl("/password-reset/sent"));
        }
        mvc.perform(post("/password-reset").with(from).with(csrf()).param("email", "en.til@reset.example"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void anAddressTryingTooManyUnknownLinksIsRefusedForAWhile() throws Exception {
        RequestPostProcessor from = address();
        for (int i = 0; i < SignInLimits.FAILED_LINKS.hits(); i++) {
            String path = (i % 2 == 0 ? "/password-reset/" : "/invitation/") + "ukjent-" + i;
            mvc.perform(get(path).with(from)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/password-reset/ukjent-igjen").with(from)).andExpect(status().isTooManyRequests());
        mvc.perform(get("/invitation/ukjent-igjen").with(from)).andExpect(status().isTooManyRequests());
        mvc.perform(get("/password-reset/ukjent-igjen").with(address())).andExpect(status().isNotFound());
    }

    @Test
    void anAddressWithTooManyFailedSignInsIsRefusedEvenWithTheRightPassword() throws Exception {
        String ip = nextIp();
        RequestPostProcessor from = at(ip);
        NewPassword account = newAccount();
        String email = accounts.get(account.accountId()).getEmail();
        // The failures before the last come from many accounts, as in a spraying attack.
        for (int i = 1; i < SignInLimits.FAILED_SIGN_INS.hits(); i++) {
            rateLimits.hit(SignInLimits.FAILED_SIGN_INS, ip);
        }
        mvc.perform(signIn(email, "feil passord", from)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn(email, account.oneTimePassword(), from)).andExpect(redirectedUrl("/login?error=throttled"));
        mvc.perform(get("/login").param("error", "throttled").with(from))
                .andExpect(content().string(Matchers.containsString("For mange mislykkede innlogginger")));
        // Another address signs in as usual, and the account itself is not locked.
        mvc.perform(signIn(email, account.oneTimePassword(), address())).andExpect(redirectedUrl("/account/password"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(
            String email, String password, RequestPostProcessor from) {
        return post("/login").with(from).with(csrf()).param("email", email).param("password", password);
    }

    private Matcher mailedLink(String email) {
        String body = jdbc.queryForObject("""
                select body_text from notification where recipient_email = ? and kind = 'PASSWORD_RESET'
                order by id desc limit 1
                """, String.class, email);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a reset link in %s", body).isTrue();
        return link;
    }

    private NewPassword newAccount() {
        String email = "reset.person" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() + "@reset.example";
        long personId = people.create(new PersonData("Rita Reset", email, null, null, null, null, null, null))
                .getId();
        return accounts.create(personId, Set.of(RoleGrant.of(Role.LEADER)));
    }

    private static String nextIp() {
        int n = SEQUENCE.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestPostProcessor address() {
        return at(nextIp());
    }

    private static RequestPostProcessor at(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }
}
