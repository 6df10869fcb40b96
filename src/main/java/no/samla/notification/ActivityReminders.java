package no.samla.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samla.notification.internal.Reminders;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders a coordinator sends by hand to a participant who falls behind: at most one per participant, programme and
 * day, and when the last one was sent.
 */
@Component
public class ActivityReminders {

    /** The start of such a reminder's idempotency key; programme, day and person follow. */
    public static final String PREFIX = "activity-reminder:";

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Reminders reminders;
    private final NamedParameterJdbcTemplate jdbc;

    ActivityReminders(Reminders reminders, NamedParameterJdbcTemplate jdbc) {
        this.reminders = reminders;
        this.jdbc = jdbc;
    }

    /**
     * Queues the reminder; {@code reasons} are the names of why the participant falls behind ({@code
     * MISSED_GATHERINGS}, {@code NO_LOG_ENTRY}, {@code NO_COACHING}). False when one was already sent today or the
     * participant cannot or will not get it.
     */
    public boolean send(long programmeId, long personId, String coordinatorName, List<String> reasons) {
        return reminders.activityReminder(programmeId, personId, coordinatorName, reasons);
    }

    /** The day each participant of the programmes was last reminded, by "programme:person"; one statement. */
    @Transactional(readOnly = true)
    public Map<String, LocalDate> lastSent(List<Long> programmeIds) {
        Map<String, LocalDate> last = new HashMap<>();
        if (programmeIds.isEmpty()) {
            return last;
        }
        jdbc.query("""
                select cast(split_part(n.idempotency_key, ':', 2) as bigint), n.recipient_person_id, max(n.created_at)
                from notification n
                where n.kind = 'ACTIVITY_REMINDER'
                  and cast(split_part(n.idempotency_key, ':', 2) as bigint) in (:programmes)
                group by 1, 2
                """, new MapSqlParameterSource("programmes", programmeIds), rs -> {
            last.put(
                    rs.getLong(1) + ":" + rs.getLong(2),
                    rs.getObject(3, java.time.OffsetDateTime.class)
                            .atZoneSameInstant(OSLO)
                            .toLocalDate());
        });
        return last;
    }
}
