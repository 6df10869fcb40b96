package no.samla.notification;

import static no.samla.notification.NotificationTestData.KARI;
import static no.samla.notification.NotificationTestData.WEEK_BEFORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import no.samla.demo.DemoProgrammes;
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
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Without a mail server: notifications are held and shown to the admin; each person sets their reminders. */
@SamlaTest
class NotificationOutboxTest {

    @Autowired
    Reminders reminders;

    @Autowired
    ApplicationContext context;

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

    /** The tests run the jobs themselves: a job started by the clock would add mails in the middle of a test. */
    @Test
    void theJobsDoNotRunOnTheirOwnInTests() {
        assertThat(context.containsBean("notificationJobs")).isFalse();
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
        // The coordinators' digest is not offered to a leader and keeps its setting; a password reset link, which the
        // person asks for, is not offered at all.
        assertThat(chosen.enabled())
                .containsExactlyInAnyOrder(
                        NotificationKind.GATHERING_TOMORROW,
                        NotificationKind.COORDINATOR_DIGEST,
                        NotificationKind.PASSWORD_RESET);
        assertThat(page).doesNotContain("value=\"PASSWORD_RESET\"");
        assertThat(chosen.language()).isEqualTo(MailLanguage.nn);

        // An unknown language keeps the one chosen before.
        as(DemoUsers.LEADER, post("/account/notifications").param("language", "xx"));
        assertThat(preferences.of(kari).language()).isEqualTo(MailLanguage.nn);
        assertThat(preferences.of(kari).enabled())
                .containsExactlyInAnyOrder(NotificationKind.COORDINATOR_DIGEST, NotificationKind.PASSWORD_RESET);

        reminders.gatherings(WEEK_BEFORE, NotificationKind.GATHERING_WEEK);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_person_id = ?", Integer.class, kari))
                .isZero();
    }

    @Test
    void participantsWhoHaveNotAnsweredAnOpenEvaluationAreRemindedOnce() {
        String expectedSql = """
                select count(*) from evaluation e
                join participation pa on pa.programme_id = e.programme_id and pa.left_on is null
                join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
                join account a on a.person_id = pa.person_id and a.enabled
                join programme p on p.id = e.programme_id and not p.template
                where e.status = 'OPEN' and not exists (select 1 from evaluation_respondent er
                    where er.evaluation_id = e.id and er.person_id = pa.person_id)
                """;
        int expected = jdbc.queryForObject(expectedSql, Integer.class);
        assertThat(expected).isPositive();
        assertThat(reminders.evaluations()).isEqualTo(expected);
        assertThat(reminders.evaluations()).isZero();
        // Those who answered are not reminded: every reminded person is one who has not answered.
        assertThat(jdbc.queryForObject("""
                        select count(*) from notification n
                        join evaluation_respondent er on er.person_id = n.recipient_person_id
                         and n.idempotency_key = 'evaluation-open:' || er.evaluation_id || ':' || er.person_id
                        """, Integer.class)).isZero();
        String text = jdbc.queryForObject(
                "select body_text from notification where kind = 'EVALUATION_OPEN' order by id limit 1", String.class);
        assertThat(text).contains("er åpen, og vi vil gjerne høre hva du synes").contains("/evaluations/");
    }

    @Test
    void theLeaderAndTheCoachAreRemindedOfTomorrowsSessionOnce() {
        LocalDate today = LocalDate.of(2031, 5, 5);
        long kari = NotificationTestData.personId(jdbc, KARI);
        long marte = NotificationTestData.personId(jdbc, DemoUsers.COORDINATOR.email());
        long programme = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        long slot = jdbc.queryForObject("""
                insert into coaching_slot (programme_id, coach_person_id, starts_at, minutes, mode, place)
                values (?, ?, timestamptz '2031-05-06 10:30 Europe/Oslo', 60, 'IN_PERSON', 'Møterom 2')
                returning id
                """, Long.class, programme, marte);
        long cancelledSlot = jdbc.queryForObject("""
                insert into coaching_slot (programme_id, coach_person_id, starts_at, minutes, mode)
                values (?, ?, timestamptz '2031-05-06 13:00 Europe/Oslo', 60, 'PHONE') returning id
                """, Long.class, programme, marte);
        try {
            jdbc.update(
                    "insert into coaching_session (slot_id, programme_id, leader_person_id, coach_person_id, status)"
                            + " values (?, ?, ?, ?, 'BOOKED'), (?, ?, ?, ?, 'CANCELLED')",
                    slot,
                    programme,
                    kari,
                    marte,
                    cancelledSlot,
                    programme,
                    kari,
                    marte);
            assertThat(reminders.coaching(today.minusDays(1))).isZero();
            assertThat(reminders.coaching(today)).isEqualTo(2);
            assertThat(reminders.coaching(today)).isZero();
            String toKari = jdbc.queryForObject(
                    "select subject || ' / ' || body_text from notification where recipient_person_id = ?",
                    String.class,
                    kari);
            assertThat(toKari)
                    .startsWith("Coachingsamtale i morgen klokka 10:30")
                    .contains("coachingsamtale med Marte Lien")
                    .contains("fysisk møte")
                    .contains("Møterom 2")
                    .contains("/coaching");
            assertThat(jdbc.queryForObject(
                            "select body_text from notification where recipient_person_id = ?", String.class, marte))
                    .contains("coachingsamtale med Kari Nordmann")
                    .contains("/coaching/coach");
        } finally {
            jdbc.update("delete from coaching_slot where id in (?, ?)", slot, cancelledSlot);
        }
    }

    @Test
    void theMembersAndTheFacilitatorAreRemindedOfTomorrowsNetworkMeetingOnce() {
        LocalDate today = LocalDate.of(2031, 5, 5);
        long kari = NotificationTestData.personId(jdbc, KARI);
        long marte = NotificationTestData.personId(jdbc, DemoUsers.COORDINATOR.email());
        Long[] group = jdbc.queryForObject(
                "select g.id, g.programme_id from network_group g join network_group_member m"
                        + " on m.network_group_id = g.id and m.left_on is null"
                        + " where m.person_id = ? and g.status = 'ACTIVE' limit 1",
                (rs, n) -> new Long[] {rs.getLong(1), rs.getLong(2)},
                kari);
        int members = jdbc.queryForObject(
                "select count(*) from network_group_member where network_group_id = ? and left_on is null"
                        + " and person_id <> ?",
                Integer.class,
                group[0],
                marte);
        java.util.List<Long> meetings =
                jdbc.queryForList("""
                insert into network_meeting (network_group_id, programme_id, number, meeting_date, start_time, end_time,
                    mode, location, facilitator_person_id, focus, status)
                values (?, ?, 900, date '2031-05-06', time '12:00', time '15:00', 'PHYSICAL', 'Rådhuset, møterom 3', ?,
                        'Krevende samtaler', 'PLANNED'),
                       (?, ?, 901, date '2031-05-06', time '16:00', time '18:00', 'DIGITAL', null, ?, null, 'CANCELLED')
                returning id
                """, Long.class, group[0], group[1], marte, group[0], group[1], marte);
        try {
            assertThat(reminders.networkMeetings(today.minusDays(1))).isZero();
            assertThat(reminders.networkMeetings(today)).isEqualTo(members + 1);
            assertThat(reminders.networkMeetings(today)).isZero();
            String toKari = jdbc.queryForObject(
                    "select subject || ' / ' || body_text from notification where recipient_person_id = ?"
                            + " and kind = 'NETWORK_MEETING_TOMORROW'",
                    String.class,
                    kari);
            assertThat(toKari)
                    .startsWith("Nettverksmøte i morgen klokka 12:00")
                    .contains("Fokus: Krevende samtaler")
                    .contains("Rådhuset, møterom 3")
                    .contains("/network-group/meetings/" + meetings.get(0));
        } finally {
            jdbc.update("delete from network_meeting where id in (?, ?)", meetings.get(0), meetings.get(1));
        }
    }

    private org.springframework.test.web.servlet.ResultActions as(DemoUsers user, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(user.as(accounts)).with(csrf()));
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
