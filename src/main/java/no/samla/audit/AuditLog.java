package no.samla.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log for the admin: a search, newest first, in two statements (the count and the page). */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<AuditEntry> search(AuditSearch search, Pageable pageable) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String text = search.text() == null ? "" : search.text().strip();
        if (!text.isEmpty()) {
            conditions.add("(actor_email ilike :pattern escape '\\' or summary ilike :pattern escape '\\')");
            params.put("pattern", "%" + likeEscaped(text) + "%");
        }
        if (search.action() != null) {
            conditions.add("action = :action");
            params.put("action", search.action().name());
        }
        if (search.subject() != null) {
            conditions.add("subject_type = :subject");
            params.put("subject", search.subject().name());
        }
        if (search.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", search.from().atStartOfDay(OSLO).toOffsetDateTime());
        }
        if (search.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", search.to().plusDays(1).atStartOfDay(OSLO).toOffsetDateTime());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from audit_log" + where)
                .params(params)
                .query(Long.class)
                .single();
        if (total == 0 || pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        List<AuditEntry> rows = jdbc.sql(
                        "select id, occurred_at, actor_account_id, actor_person_id, actor_email, action,"
                                + " subject_type, subject_id, summary, remote_address, user_agent from audit_log"
                                + where
                                + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(AuditLog::entry)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        String subject = row.getString("subject_type");
        return new AuditEntry(
                row.getLong("id"),
                row.getTimestamp("occurred_at").toInstant(),
                row.getObject("actor_account_id", Long.class),
                row.getObject("actor_person_id", Long.class),
                row.getString("actor_email"),
                AuditAction.valueOf(row.getString("action")),
                subject == null ? null : AuditSubject.valueOf(subject),
                row.getObject("subject_id", Long.class),
                row.getString("summary"),
                row.getString("remote_address"),
                row.getString("user_agent"));
    }

    /** The text as a literal part of a LIKE pattern: its own % and _ match only themselves. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
