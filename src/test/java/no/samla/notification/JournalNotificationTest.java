package no.samla.notification;

import static no.samla.notification.NotificationTestData.KARI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.Callable;
import no.samla.demo.DemoProgrammes;
import no.samla.journal.LogEntryCommented;
import no.samla.notification.internal.Reminders;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminders of between-session work: an assignment due in 3 days, the coordinators' weekly digest and a
 * comment on a leader's log entry. What a test adds is rolled back, or deleted when a commit is the point.
 */
@SamlaTest
class JournalNotificationTest {

    private static final String SECRET = "Hemmelig refleksjon om Per på avdelingen";

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    QueryCounter queries;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    private long programme;
    private long kari;
    private long marte;
    private List<Long> others;

    @BeforeEach
    void setUp() {
        NotificationTestData.clean(jdbc, null);
        programme = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        kari = NotificationTestData.personId(jdbc, KARI);
        marte = NotificationTestData.personId(jdbc, DemoUsers.COORDINATOR.email());
        // Three other participants with an enabled account, in a stable order.
        others = NotificationTestData.otherParticipants(jdbc, programme, kari, 3);
        assertThat(others).hasSize(3);
    }

    @AfterEach
    void tearDown() {
        NotificationTestData.clean(jdbc, null);
    }

    @Test
    void openRecipientsAreRemindedThreeDaysBeforeTheDueDateOnceInTheirLanguage() {
        LocalDate today = LocalDate.of(2031, 5, 5);
        long done = others.get(0);
        long nynorsk = others.get(1);
        long optedOut = others.get(2);
        inRolledBackTransaction(() -> {
            long due = assignment("Refleksjon <etter> samling & praksis", today.plusDays(3));
            long later = assignment("Forbered samling 3", today.plusDays(4));
            recipients(due, kari, done, nynorsk, optedOut);
            recipients(later, kari);
            jdbc.update(
                    "update assignment_recipient set done_at = now() where assignment_id = ? and person_id = ?",
                    due,
                    done);
            jdbc.update("insert into notification_preference (person_id, language) values (?, 'nn')", nynorsk);
            jdbc.update("insert into notification_opt_out (person_id, kind) values (?, 'ASSIGNMENT_DUE')", optedOut);

            assertThat(reminders.assignments(today)).isEqualTo(2);
            assertThat(reminders.assignments(today)).isZero();
            assertThat(jdbc.queryForList(
                            "select recipient_person_id from notification where kind = 'ASSIGNMENT_DUE'"
                                    + " and idempotency_key like ? order by recipient_person_id",
                            Long.class,
                            "assignment-due:3d:" + due + ":%"))
                    .containsExactlyInAnyOrder(kari, nynorsk);
            String toKari = mail(kari);
            assertThat(toKari)
                    .startsWith("Frist om tre dager: Refleksjon <etter> samling & praksis / ")
                    .contains("Hei Kari Nordmann,")
                    .contains("har frist")
                    .contains("/assignments");
            assertThat(jdbc.queryForObject(
                            "select body_html from notification where recipient_person_id = ?", String.class, kari))
                    .contains("Refleksjon &lt;etter&gt; samling &amp; praksis");
            assertThat(mail(nynorsk))
                    .startsWith("Frist om tre dagar: Refleksjon")
                    .contains("du har ikkje merkt henne som gjord");
            // The assignment due in four days comes the next day.
            assertThat(reminders.assignments(today.plusDays(1))).isEqualTo(1);
            return null;
        });
    }

    @Test
    void theDigestTellsEachCoordinatorWhoIsFallingBehindWithNamesAndCountsOnly() throws Exception {
        List<LocalDate> gatherings = jdbc.queryForList(
                "select start_date from gathering where programme_id = ? order by number", LocalDate.class, programme);
        LocalDate monday = gatherings.get(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        assertThat(gatherings.get(2)).isAfterOrEqualTo(monday);
        assertThat(jdbc.queryForObject("select end_date from programme where id = ?", LocalDate.class, programme))
                .isAfter(monday);
        long absent = others.get(0);
        long onceAway = others.get(1);
        long caughtUp = others.get(2);
        inRolledBackTransaction(() -> {
            // The demo's assignments and entries are set aside, so that only this test's rows count.
            jdbc.update("delete from assignment where programme_id = ?", programme);
            jdbc.update("delete from log_entry where programme_id = ?", programme);
            // Everyone joined long enough ago for a quiet log to count.
            jdbc.update(
                    "update participation set joined_on = ? where programme_id = ?", monday.minusDays(90), programme);
            long overdue = assignment("Oppgave som ikke skal stå i e-posten", monday.minusDays(2));
            recipients(overdue, kari, caughtUp);
            jdbc.update(
                    "update assignment_recipient set done_at = now() where assignment_id = ? and person_id = ?",
                    overdue,
                    caughtUp);
            long entry = logEntry(kari, monday.minusDays(3));
            jdbc.update(
                    "insert into log_entry_comment (entry_id, author_person_id, text) values (?, ?, ?)",
                    entry,
                    marte,
                    "Kommentar som ikke skal stå i e-posten");
            logEntry(caughtUp, monday.minusDays(10));
            long first = gatheringId(1);
            long second = gatheringId(2);
            attend(first, absent, "ABSENT");
            attend(second, absent, "EXCUSED");
            attend(first, onceAway, "PRESENT");
            attend(second, onceAway, "ABSENT");
            int coordinators = jdbc.queryForObject("""
                    select count(*) from programme_coordinator pc
                    join programme p on p.id = pc.programme_id
                    join account a on a.person_id = pc.person_id and a.enabled
                    where not p.template and p.status in ('PLANNED', 'RUNNING')
                      and p.start_date <= ? and p.end_date >= ?
                    """, Integer.class, monday, monday);

            assertThat(reminders.coordinatorDigests(monday.plusDays(1))).isZero();
            int[] queued = new int[1];
            long statements = queries.countDuring(() -> queued[0] = reminders.coordinatorDigests(monday));
            assertThat(queued[0]).isEqualTo(coordinators);
            // Two queries and the outbox's insert, however many programmes and participants there are.
            assertThat(statements).isLessThanOrEqualTo(3);
            assertThat(reminders.coordinatorDigests(monday)).isZero();
            assertThat(reminders.coordinatorDigests(monday.plusDays(1))).isZero();

            String digest = jdbc.queryForObject(
                    "select subject || ' / ' || body_text || body_html from notification"
                            + " where kind = 'COORDINATOR_DIGEST' and recipient_person_id = ?"
                            + " and idempotency_key like ?",
                    String.class,
                    marte,
                    "coordinator-digest:%:" + programme + ":" + marte);
            assertThat(digest)
                    .startsWith("Uke " + monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR) + ", "
                            + DemoProgrammes.DRAMMEN_SCHOOL + ": ")
                    .contains("/programmes/" + programme + "/attendance")
                    .contains("Med oppgaver over fristen: 1")
                    .doesNotContain(SECRET)
                    .doesNotContain("skal stå i e-posten");
            String kariLine = line(digest, "Kari Nordmann");
            assertThat(kariLine).contains("én oppgave over fristen").doesNotContain("ingen logginnlegg");
            assertThat(line(digest, name(absent)))
                    .contains("ikke til stede på de to siste samlingene")
                    .contains("ingen logginnlegg de siste 30 dagene")
                    .doesNotContain("oppgave");
            assertThat(line(digest, name(onceAway))).doesNotContain("ikke til stede");
            String caughtUpLine = line(digest, name(caughtUp));
            if (caughtUpLine != null) {
                assertThat(caughtUpLine)
                        .doesNotContain("oppgave")
                        .doesNotContain("logginnlegg")
                        .doesNotContain("samlingene");
            }
            return null;
        });
    }

    @Test
    void aDigestWhenNobodyFallsBehindSaysSoInTheCoordinatorsLanguage() {
        LocalDate monday = LocalDate.of(2031, 3, 17);
        inRolledBackTransaction(() -> {
            long quiet = jdbc.queryForObject("""
                    insert into programme (name, provider_organisation_id, start_date, end_date, status,
                        adviser_day_rate, advisers_per_gathering, network_day_rate, network_meetings_per_day,
                        coaching_hourly_rate, coaching_hours_per_session, evaluation_amount)
                    select 'Stille program', provider_organisation_id, date '2031-01-01', date '2031-12-31',
                           'RUNNING', 0, 0, 0, 1, 0, 1, 0
                    from programme where id = ?
                    returning id
                    """, Long.class, programme);
            jdbc.update("insert into programme_coordinator (programme_id, person_id) values (?, ?)", quiet, marte);
            jdbc.update("insert into notification_preference (person_id, language) values (?, 'nn')", marte);

            reminders.coordinatorDigests(monday);
            String digest = jdbc.queryForObject(
                    "select subject || ' / ' || body_text from notification where idempotency_key = ?",
                    String.class,
                    "coordinator-digest:2031-W12:" + quiet + ":" + marte);
            assertThat(digest)
                    .startsWith("Veke 12, Stille program: ingen heng etter")
                    .contains("Ingen av deltakarane heng etter denne veka (0 deltakarar).");
            return null;
        });
    }

    @Test
    void aCommentTellsTheLeaderOnceButNotWhenTheyCommentOnTheirOwnEntry() {
        // The job's look-back starts here, so that comments of the demo and of other tests are not counted.
        Instant since = Instant.now();
        long entry = transactions.execute(status -> logEntry(kari, LocalDate.of(2031, 5, 5)));
        try {
            long comment = comment(entry, marte, kari);
            assertThat(count("LOG_ENTRY_COMMENT")).isEqualTo(1);
            String toKari = mail(kari);
            assertThat(toKari)
                    .startsWith("Marte Lien har kommentert logginnlegget ditt / ")
                    .contains("/journal/" + entry)
                    .doesNotContain("Godt observert")
                    .doesNotContain(SECRET);
            assertThat(jdbc.queryForObject(
                            "select idempotency_key from notification where recipient_person_id = ?",
                            String.class,
                            kari))
                    .isEqualTo("log-entry-comment:" + comment + ":" + kari);

            // The same event again, and the job's look at the last days, queue nothing more.
            events(new LogEntryCommented(comment, entry, programme, kari, marte));
            assertThat(reminders.logEntryComments(since)).isZero();
            // The leader's own reply tells nobody.
            comment(entry, kari, kari);
            assertThat(reminders.logEntryComments(since)).isZero();
            // Turned off: no mail.
            jdbc.update("insert into notification_opt_out (person_id, kind) values (?, 'LOG_ENTRY_COMMENT')", kari);
            comment(entry, marte, kari);
            assertThat(count("LOG_ENTRY_COMMENT")).isEqualTo(1);
        } finally {
            jdbc.update("delete from log_entry where id = ?", entry);
        }
    }

    @Test
    void theNewKindsCanBeChosenAndTheAdminSeesThemInTheOutbox() throws Exception {
        String page = mvc.perform(get("/account/notifications").with(DemoUsers.LEADER.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("value=\"ASSIGNMENT_DUE\"")
                .contains("Oppgave med frist om tre dager")
                .contains("Kommentar på et av logginnleggene mine")
                .doesNotContain("COORDINATOR_DIGEST");
        // The digest is offered to coordinators only; a leader's save leaves its setting as it was.
        assertThat(mvc.perform(get("/account/notifications").with(DemoUsers.COORDINATOR.as(accounts)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("value=\"COORDINATOR_DIGEST\"")
                .contains("Ukeoversikt for koordinatorer: hvem henger etter");
        inRolledBackTransaction(() -> {
            mvc.perform(post("/account/notifications")
                            .param("kind", "ASSIGNMENT_DUE")
                            .param("language", "nb")
                            .with(csrf())
                            .with(DemoUsers.LEADER.as(accounts)))
                    .andExpect(status().is3xxRedirection());
            List<String> off =
                    jdbc.queryForList("select kind from notification_opt_out where person_id = ?", String.class, kari);
            assertThat(off).contains("GATHERING_WEEK").doesNotContain("ASSIGNMENT_DUE", "COORDINATOR_DIGEST");
            return null;
        });
        LocalDate today = LocalDate.of(2031, 5, 5);
        inRolledBackTransaction(() -> {
            recipients(assignment("Les kapittel 3", today.plusDays(3)), kari);
            assertThat(reminders.assignments(today)).isEqualTo(1);
            String outbox = mvc.perform(get("/admin/notifications").with(DemoUsers.ADMIN.as(accounts)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(outbox).contains("Frist om tre dager: Les kapittel 3").contains("<td>Oppgave med frist");
            return null;
        });
    }

    /** Stores a comment and publishes its event in one committed transaction, as the journal does. */
    private long comment(long entry, long author, long leader) {
        return transactions.execute(status -> {
            long id = jdbc.queryForObject(
                    "insert into log_entry_comment (entry_id, author_person_id, text) values (?, ?, ?) returning id",
                    Long.class,
                    entry,
                    author,
                    "Godt observert, prøv det samme neste uke");
            events.publishEvent(new LogEntryCommented(id, entry, programme, leader, author));
            return id;
        });
    }

    private void events(LogEntryCommented event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private int count(String kind) {
        return jdbc.queryForObject("select count(*) from notification where kind = ?", Integer.class, kind);
    }

    private String mail(long person) {
        return jdbc.queryForObject(
                "select subject || ' / ' || body_text from notification where recipient_person_id = ?",
                String.class,
                person);
    }

    private long assignment(String title, LocalDate dueOn) {
        return jdbc.queryForObject("""
                insert into assignment (programme_id, kind, title, due_on, audience, created_by_person_id)
                values (?, 'REFLECT', ?, ?, 'CHOSEN', ?) returning id
                """, Long.class, programme, title, dueOn, marte);
    }

    private void recipients(long assignment, long... people) {
        for (long person : people) {
            jdbc.update(
                    "insert into assignment_recipient (assignment_id, person_id) values (?, ?)", assignment, person);
        }
    }

    private long logEntry(long person, LocalDate date) {
        long id = jdbc.queryForObject("""
                insert into log_entry (programme_id, person_id, entry_date, share_with_coach)
                values (?, ?, ?, true) returning id
                """, Long.class, programme, person, date);
        jdbc.update(
                "insert into log_entry_version (entry_id, number, did, happened, learned, next_step)"
                        + " values (?, 1, ?, ?, ?, ?)",
                id,
                SECRET,
                SECRET,
                SECRET,
                SECRET);
        return id;
    }

    private long gatheringId(int number) {
        return jdbc.queryForObject(
                "select id from gathering where programme_id = ? and number = ?", Long.class, programme, number);
    }

    private void attend(long gathering, long person, String status) {
        jdbc.update("""
                insert into attendance (gathering_id, person_id, status) values (?, ?, ?)
                on conflict (gathering_id, person_id) do update set status = excluded.status
                """, gathering, person, status);
    }

    private String name(long person) {
        return jdbc.queryForObject("select full_name from person where id = ?", String.class, person);
    }

    /** The digest's line for a participant in the plain text part, or null when they are not listed. */
    private static String line(String digest, String name) {
        return digest.lines()
                .filter(l -> l.startsWith("- " + name + ":"))
                .findFirst()
                .orElse(null);
    }

    private <T> T inRolledBackTransaction(Callable<T> work) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
