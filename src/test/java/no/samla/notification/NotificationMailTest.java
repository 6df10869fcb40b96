package no.samla.notification;

import static no.samla.notification.NotificationTestData.KARI;
import static no.samla.notification.NotificationTestData.WEEK_BEFORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.samla.journal.LogEntryCommented;
import no.samla.notification.internal.NotificationSender;
import no.samla.notification.internal.Reminders;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Reminders through a real SMTP server: each once, retried while the server is down, as each person chose. */
@SamlaTest
class NotificationMailTest {

    private static final int PORT = freePort();
    private static GreenMail smtp = start();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    Reminders reminders;

    @Autowired
    NotificationSender sender;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    private Long gatheringId;

    @BeforeEach
    void setUp() throws Exception {
        if (!smtp.isRunning()) {
            smtp = start();
        }
        smtp.purgeEmailFromAllMailboxes();
        NotificationTestData.clean(jdbc, null);
        gatheringId = NotificationTestData.addGathering(jdbc);
    }

    @AfterEach
    void tearDown() {
        NotificationTestData.clean(jdbc, gatheringId);
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Test
    void runningTheGatheringReminderTwiceSendsOneMailToEachParticipant() throws Exception {
        List<String> expected = NotificationTestData.expectedRecipients(jdbc);
        assertThat(expected).contains(KARI).hasSizeGreaterThan(1);

        assertThat(reminders.gatherings(WEEK_BEFORE, NotificationKind.GATHERING_WEEK))
                .isEqualTo(expected.size());
        assertThat(reminders.gatherings(WEEK_BEFORE, NotificationKind.GATHERING_WEEK))
                .isZero();
        drain();
        drain();
        assertThat(reminders.gatherings(WEEK_BEFORE, NotificationKind.GATHERING_WEEK))
                .isZero();
        assertThat(drain()).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(recipients(received)).containsExactlyElementsOf(expected);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where status = 'SENT' and attempts = 1", Integer.class))
                .isEqualTo(expected.size());
        MimeMessage toKari = messageTo(received, KARI);
        assertThat(toKari.getSubject()).isEqualTo("Samling om en uke: Samling <om> tillit & ansvar");
        String text = part(toKari, "text/plain");
        String html = part(toKari, "text/html");
        assertThat(text)
                .contains("Hei Kari Nordmann,")
                .contains("Samling <om> tillit & ansvar")
                .contains("Rådhuset");
        // What people typed is escaped in the HTML part.
        assertThat(html).contains("Samling &lt;om&gt; tillit &amp; ansvar").doesNotContain("<om>");
    }

    @Test
    void theCalendarFileIsAttachedAndParses() throws Exception {
        reminders.gatherings(WEEK_BEFORE, NotificationKind.GATHERING_WEEK);
        drain();
        String ics = part(messageTo(smtp.getReceivedMessages(), KARI), "text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("gathering-" + gatheringId + "@samla");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Samling <om> tillit & ansvar");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).startsWith("20310312");
    }

    @Test
    void whileSmtpIsDownTheReminderWaitsAndIsSentOnceItIsBack() throws Exception {
        smtp.stop();
        int queued = reminders.gatherings(WEEK_BEFORE, NotificationKind.GATHERING_WEEK);
        assertThat(drain()).isZero();
        Map<String, Object> after = jdbc.queryForMap("""
                select count(*) filter (where status = 'PENDING' and attempts = 1) as waiting,
                       count(*) filter (where next_attempt_at > now() + interval '4 minutes') as later,
                       count(*) filter (where last_error is not null) as errors
                from notification
                """);
        assertThat(after).containsEntry("waiting", (long) queued).containsEntry("later", (long) queued);
        assertThat(after).containsEntry("errors", (long) queued);
        // The application stays healthy while SMTP is down.
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        // Not due yet: nothing is tried again before its time.
        assertThat(drain()).isZero();
        assertThat(jdbc.queryForObject("select max(attempts) from notification", Integer.class))
                .isEqualTo(1);

        smtp = start();
        jdbc.update("update notification set next_attempt_at = now()");
        assertThat(drain()).isEqualTo(queued);
        assertThat(drain()).isZero();
        assertThat(recipients(smtp.getReceivedMessages()))
                .containsExactlyElementsOf(NotificationTestData.expectedRecipients(jdbc));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where status = 'SENT' and attempts = 2", Integer.class))
                .isEqualTo(queued);
    }

    @Test
    void aReminderTurnedOffIsNotSentAndNynorskIsWrittenInNynorsk() throws Exception {
        mvc.perform(post("/account/notifications")
                        .param("kind", "GATHERING_TOMORROW", "EVALUATION_OPEN", "COACHING_TOMORROW")
                        .param("language", "nb")
                        .with(DemoUsers.LEADER.as(accounts))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long marte = NotificationTestData.personId(jdbc, DemoUsers.COORDINATOR.email());
        jdbc.update("insert into notification_preference (person_id, language) values (?, 'nn')", marte);

        reminders.gatherings(WEEK_BEFORE, NotificationKind.GATHERING_WEEK);
        drain();

        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> expected = new ArrayList<>(NotificationTestData.expectedRecipients(jdbc));
        expected.remove(KARI);
        assertThat(recipients(received)).containsExactlyElementsOf(expected);
        // Marte facilitates in the programme, so she takes part and is reminded, in nynorsk.
        MimeMessage toMarte = messageTo(received, DemoUsers.COORDINATOR.email());
        assertThat(toMarte.getSubject()).startsWith("Samling om ei veke");
        assertThat(part(toMarte, "text/plain"))
                .contains("Om ei veke er det samling")
                .contains("Hei Marte Lien,");
        assertThat(part(toMarte, "text/html")).contains("Opne i Samla").contains("lang=\"nn\"");
        // Tomorrow's reminder is still on for Kari.
        assertThat(reminders.gatherings(
                        NotificationTestData.GATHERING_DATE.minusDays(1), NotificationKind.GATHERING_TOMORROW))
                .isEqualTo(expected.size() + 1);
    }

    @Test
    void aCommentOnALogEntryIsMailedToTheLeaderInTheirLanguageWithoutTheText() throws Exception {
        long kari = NotificationTestData.personId(jdbc, KARI);
        long marte = NotificationTestData.personId(jdbc, DemoUsers.COORDINATOR.email());
        jdbc.update("insert into notification_preference (person_id, language) values (?, 'en')", kari);
        Long[] entry = jdbc.queryForObject(
                """
                insert into log_entry (programme_id, person_id, entry_date, share_with_coach)
                select id, ?, date '2031-03-03', true from programme where name = ?
                returning id, programme_id
                """,
                (rs, n) -> new Long[] {rs.getLong(1), rs.getLong(2)},
                kari,
                no.samla.demo.DemoProgrammes.DRAMMEN_SCHOOL);
        try {
            transactions.executeWithoutResult(status -> {
                long comment = jdbc.queryForObject(
                        "insert into log_entry_comment (entry_id, author_person_id, text)"
                                + " values (?, ?, 'Sterkt at du tok den samtalen') returning id",
                        Long.class,
                        entry[0],
                        marte);
                events.publishEvent(new LogEntryCommented(comment, entry[0], entry[1], kari, marte));
            });
            drain();
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(recipients(received)).containsExactly(KARI);
            assertThat(received[0].getSubject()).isEqualTo("Marte Lien commented on your log entry");
            String text = part(received[0], "text/plain");
            assertThat(text)
                    .contains("Marte Lien commented on your log entry of Monday, March 3, 2031")
                    .contains("/journal/" + entry[0])
                    .doesNotContain("samtalen");
            assertThat(part(received[0], "text/html")).contains("lang=\"en\"").doesNotContain("samtalen");
        } finally {
            jdbc.update("delete from log_entry where id = ?", entry[0]);
        }
    }

    /** Runs the sender as its schedule would, batch after batch; returns how many were sent. */
    private int drain() {
        int sent = 0;
        for (int batch = 0; batch < 10; batch++) {
            sent += sender.sendDue();
        }
        return sent;
    }

    private static List<String> recipients(MimeMessage[] messages) throws Exception {
        List<String> addresses = new ArrayList<>();
        for (MimeMessage message : messages) {
            Arrays.stream(message.getAllRecipients())
                    .forEach(a -> addresses.add(a.toString().toLowerCase()));
        }
        addresses.sort(null);
        return addresses;
    }

    private static MimeMessage messageTo(MimeMessage[] messages, String email) throws Exception {
        for (MimeMessage message : messages) {
            if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                return message;
            }
        }
        throw new AssertionError("No mail to " + email);
    }

    /** The first part of the message of the given type, anywhere in its multiparts. */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return content(part);
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                try {
                    return part(body, type);
                } catch (AssertionError notHere) {
                    // look further
                }
            }
        }
        throw new AssertionError("No " + type + " part");
    }

    private static String content(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        try (InputStream in = (InputStream) content) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
