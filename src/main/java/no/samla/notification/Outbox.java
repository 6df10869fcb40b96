package no.samla.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.samla.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notifications waiting to be sent or already sent; queueing the same idempotency key twice does nothing. */
@Service
public class Outbox {

    private static final String COLUMNS = """
            n.id, n.recipient_person_id, p.full_name, n.recipient_email, n.kind, n.idempotency_key, n.language,
            n.subject, n.body_text, n.body_html, n.attachment_name, n.status, n.attempts, n.next_attempt_at,
            n.last_error, n.created_at, n.sent_at
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Outbox(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Queues the notifications in one batch; returns how many were new. */
    @Transactional
    public int enqueue(List<NewNotification> notifications) {
        if (notifications.isEmpty()) {
            return 0;
        }
        int[][] counts = template.batchUpdate("""
                insert into notification (recipient_person_id, recipient_email, kind, idempotency_key, language,
                                          subject, body_text, body_html, attachment_name, attachment_ics)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (idempotency_key) do nothing
                """, notifications, 500, (statement, n) -> {
            statement.setLong(1, n.recipientPersonId());
            statement.setString(2, n.recipientEmail());
            statement.setString(3, n.kind().name());
            statement.setString(4, n.idempotencyKey());
            statement.setString(5, n.language().name());
            statement.setString(6, n.subject());
            statement.setString(7, n.bodyText());
            statement.setString(8, n.bodyHtml());
            statement.setString(9, n.attachmentName());
            statement.setString(10, n.attachmentIcs());
        });
        int added = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                added += Math.max(count, 0);
            }
        }
        return added;
    }

    /** The outbox, newest first, optionally of one status; two queries whatever its size. */
    @Transactional(readOnly = true)
    public Page<Notification> page(Optional<NotificationStatus> status, Pageable pageable) {
        String filter = status.isPresent() ? " where n.status = :status" : "";
        String statusName = status.map(Enum::name).orElse(null);
        long total = jdbc.sql("select count(*) from notification n" + filter)
                .paramSource(statusName == null ? java.util.Map.of() : java.util.Map.of("status", statusName))
                .query(Long.class)
                .single();
        var select = jdbc.sql("select " + COLUMNS + " from notification n join person p on p.id = n.recipient_person_id"
                        + filter + " order by n.id desc limit :limit offset :offset")
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset());
        if (statusName != null) {
            select = select.param("status", statusName);
        }
        return new PageImpl<>(select.query(Outbox::row).list(), pageable, total);
    }

    @Transactional(readOnly = true)
    public Notification get(long id) {
        return jdbc.sql("select " + COLUMNS
                        + " from notification n join person p on p.id = n.recipient_person_id where n.id = ?")
                .param(id)
                .query(Outbox::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("Notification", id));
    }

    private static Notification row(ResultSet rs, int rowNum) throws SQLException {
        return new Notification(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                NotificationKind.valueOf(rs.getString(5)),
                rs.getString(6),
                MailLanguage.of(rs.getString(7)),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                NotificationStatus.valueOf(rs.getString(12)),
                rs.getInt(13),
                instant(rs.getTimestamp(14)),
                rs.getString(15),
                instant(rs.getTimestamp(16)),
                instant(rs.getTimestamp(17)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
