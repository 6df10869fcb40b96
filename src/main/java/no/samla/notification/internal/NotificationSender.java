package no.samla.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends what is due in the outbox. Rows are claimed with {@code for update skip locked}, so two instances never
 * send the same row; a failed attempt is retried later with growing pauses and given up after {@link #MAX_ATTEMPTS}.
 * Without a mail server (no {@code spring.mail.host}) nothing is sent: the rows are held and show as such to admins.
 */
@Component
public class NotificationSender {

    static final int MAX_ATTEMPTS = 8;
    static final int BATCH = 50;
    private static final Duration FIRST_PAUSE = Duration.ofMinutes(5);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(6);
    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    NotificationSender(
            JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, @Value("${samla.mail.from}") String from) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.from = from;
    }

    private record Due(
            long id,
            String email,
            String subject,
            String text,
            String html,
            String attachmentName,
            String attachmentIcs,
            int attempts) {}

    /** Sends one batch of due notifications; returns how many were sent. */
    @Transactional
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            jdbc.sql("update notification set status = 'HELD' where status = 'PENDING'")
                    .update();
            return 0;
        }
        List<Due> due = jdbc.sql("""
                        select id, recipient_email as email, subject, body_text as text, body_html as html,
                               attachment_name, attachment_ics, attempts
                        from notification
                        where status in ('PENDING', 'HELD') and next_attempt_at <= now()
                        order by next_attempt_at, id
                        limit ?
                        for update skip locked
                        """).param(BATCH).query(Due.class).list();
        int sent = 0;
        for (Due notification : due) {
            try {
                sender.send(message(sender, notification));
                jdbc.sql("update notification set status = 'SENT', attempts = attempts + 1, sent_at = now(),"
                                + " last_error = null where id = ?")
                        .param(notification.id())
                        .update();
                sent++;
            } catch (MailException | MessagingException e) {
                failed(notification, e);
            }
        }
        return sent;
    }

    private MimeMessage message(JavaMailSender sender, Due notification) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(notification.email());
        helper.setSubject(notification.subject());
        helper.setText(notification.text(), notification.html());
        if (notification.attachmentIcs() != null) {
            helper.addAttachment(
                    notification.attachmentName(),
                    new ByteArrayResource(notification.attachmentIcs().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8");
        }
        return message;
    }

    private void failed(Due notification, Exception e) {
        int attempts = notification.attempts() + 1;
        String error = String.valueOf(e.getMessage());
        log.warn("Notification {} not sent (attempt {}): {}", notification.id(), attempts, error);
        jdbc.sql("""
                        update notification
                        set attempts = ?, status = ?, next_attempt_at = now() + make_interval(secs => ?),
                            last_error = ?
                        where id = ?
                        """)
                .params(
                        attempts,
                        attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
                        pause(attempts).toSeconds(),
                        error.length() > 1000 ? error.substring(0, 1000) : error,
                        notification.id())
                .update();
    }

    /** 5 minutes after the first failure, doubling after each, at most 6 hours. */
    static Duration pause(int attempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }
}
