package no.samla.notification.internal;

import java.util.List;
import java.util.Set;
import no.samla.system.privacy.ErasureCounts;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mails Samla queued or sent to a person, their mail language and the reminders they turned off. Erasure deletes
 * all of it: the mails were copies for the person alone, and the settings serve no one else. No new reminder is queued
 * afterwards, since reminders go only to people with an account.
 */
@Component
class NotificationPersonalData implements PersonalDataHolder {

    static final String SECTION = "notification";

    private static final String MAILS = "notification where recipient_person_id = ?";
    private static final String PREFERENCE = "notification_preference where person_id = ?";
    private static final String OPT_OUTS = "notification_opt_out where person_id = ?";

    private final JdbcTemplate jdbc;

    NotificationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of(
                "notification.recipient_person_id",
                "notification_opt_out.person_id",
                "notification_preference.person_id");
    }

    @Override
    public void export(long personId, PersonalDataExport export) {
        export.add(
                SECTION,
                "notification",
                jdbc.queryForList("""
                select kind, language, recipient_email, subject, body_text, attachment_name, status, attempts,
                       created_at, sent_at
                """ + " from " + MAILS + " order by created_at, id", personId));
        export.add(
                SECTION, "notification-preference", jdbc.queryForList("select language from " + PREFERENCE, personId));
        export.add(
                SECTION,
                "notification-opt-out",
                jdbc.queryForList("select kind from " + OPT_OUTS + " order by kind", personId));
    }

    @Override
    public List<ErasureLine> previewErasure(long personId) {
        return ErasureCounts.of(jdbc, personId)
                .deleted("notification", MAILS, "mail-to-person")
                .deleted("notification-preference", PREFERENCE, "personal-setting")
                .deleted("notification-opt-out", OPT_OUTS, "personal-setting")
                .lines();
    }

    @Override
    public void erase(long personId) {
        jdbc.update("delete from " + MAILS, personId);
        jdbc.update("delete from " + PREFERENCE, personId);
        jdbc.update("delete from " + OPT_OUTS, personId);
    }
}
