package no.samla.notification;

import static no.samla.notification.NotificationTestData.KARI;
import static no.samla.notification.NotificationTestData.WEEK_BEFORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.samla.notification.internal.NotificationSender;
import no.samla.notification.internal.Reminders;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Without a mail server: notifications are held and shown to the admin; each person sets their reminders. */
@SamlaTest
class NotificationOutboxTest {

    @Autowired
    Reminders reminders;

    @Autowired
    NotificationSender sender;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    QueryCounter queries;

    private Long gatheringId;

    @BeforeEach
    void setUp() {
        NotificationTestData.clean(jdbc, null);
        gatheringId = NotificationTestData.addGathering(jdbc);
    }

    @AfterEach
    void tearDown() {
        NotificationTestData.clean(jdbc, gatheringId);
    }

    @Test
    void withoutAMailServerNotificationsAreHeldAndTheAdminSeesThem() throws Exception {
        int queued = reminders.gatherings(WEEK_BEFORE, NotificationKind.GATHERING_WEEK);
        assertThat(queued).isPositive();
        assertThat(sender.sendDue()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where status = 'HELD' and attempts = 0", Integer.class))
                .isEqualTo(queued);

        String list = body(as(DemoUsers.ADMIN, get("/admin/notifications?status=HELD")));
        assertThat(list)
                .contains("Ikke sendt: ingen e-posttjener")
                .contains("Samling om en uke: Samling &lt;om&gt; tillit &amp; ansvar")
                .contains(jdbc.queryForObject(
                        "select p.full_name || ' &lt;' || n.recipient_email || '&gt;' from notification n"
                                + " join person p on p.id = n.recipient_person_id order by n.id desc limit 1",
                        String.class));
        assertThat(body(as(DemoUsers.ADMIN, get("/admin/notifications?status=SENT"))))
                .doesNotContain("Samling om en uke");

        long kariNotification = jdbc.queryForObject(
                "select n.id from notification n join person p on p.id = n.recipient_person_id"
                        + " where lower(p.email) = ?",
                Long.class,
                KARI);
        assertThat(body(as(DemoUsers.ADMIN, get("/admin/notifications/" + kariNotification))))
                .contains("Hei Kari Nordmann,")
                .contains("samla-gathering-" + gatheringId + ".ics");
        as(DemoUsers.COORDINATOR, get("/admin/notifications/" + kariNotification))
                .andExpect(status().isForbidden());
        as(DemoUsers.ADMIN, get("/admin/notifications/nope")).andExpect(status().is4xxClientError());
    }

    @Test
    void theOutboxPageRunsTheSameQueriesWhateverItsSize() throws Exception {
        reminders.gatherings(WEEK_BEFORE, NotificationKind.GATHERING_WEEK);
        long few = queries.countDuring(
                () -> as(DemoUsers.ADMIN, get("/admin/notifications")).andExpect(status().isOk()));
        // As many again, and a second page.
        reminders.gatherings(NotificationTestData.GATHERING_DATE.minusDays(1), NotificationKind.GATHERING_TOMORROW);
        long many = queries.countDuring(
                () -> as(DemoUsers.ADMIN, get("/admin/notifications?page=1")).andExpect(status().isOk()));
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);
    }

    @Test
    void eachPersonChoosesTheirRemindersAndLanguage() throws Exception {
        long kari = NotificationTestData.personId(jdbc, KARI);
        assertThat(preferences.of(kari).enabled()).containsExactlyInAnyOrder(NotificationKind.values());
        String page = body(as(DemoUsers.LEADER, get("/account/notifications")));
        assertThat(page).contains("Samling om en uke").contains("name=\"kind\"").contains("value=\"nn\"");

        as(
                        DemoUsers.LEADER,
                        post("/account/notifications")
                                .param("kind", "GATHERING_TOMORROW", "NO_SUCH_KIND")
                                .param("language", "nn"))
                .andExpect(redirectedUrl("/account/notifications"));
        NotificationPreference chosen = preferences.of(kari);
        assertThat(chosen.enabled()).containsExactly(NotificationKind.GATHERING_TOMORROW);
        assertThat(chosen.language()).isEqualTo(MailLanguage.nn);

        // An unknown language keeps the one chosen before.
        as(DemoUsers.LEADER, post("/account/notifications").param("language", "xx"));
        assertThat(preferences.of(kari).language()).isEqualTo(MailLanguage.nn);
        assertThat(preferences.of(kari).enabled()).isEmpty();

        reminders.gatherings(WEEK_BEFORE, NotificationKind.GATHERING_WEEK);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_person_id = ?", Integer.class, kari))
                .isZero();
    }

    private org.springframework.test.web.servlet.ResultActions as(DemoUsers user, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(user.as(accounts)).with(csrf()));
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
