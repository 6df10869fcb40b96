package no.samla.notification;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's notification settings; every kind is on and the language bokmål until the person says otherwise. */
@Service
public class NotificationPreferences {

    private final JdbcClient jdbc;

    NotificationPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public NotificationPreference of(long personId) {
        MailLanguage language = jdbc.sql("select language from notification_preference where person_id = ?")
                .param(personId)
                .query(String.class)
                .optional()
                .map(MailLanguage::of)
                .orElse(MailLanguage.nb);
        Set<NotificationKind> enabled = EnumSet.allOf(NotificationKind.class);
        jdbc.sql("select kind from notification_opt_out where person_id = ?")
                .param(personId)
                .query(String.class)
                .list()
                .forEach(kind -> enabled.removeIf(k -> k.name().equals(kind)));
        return new NotificationPreference(language, enabled);
    }

    @Transactional
    public void save(long personId, MailLanguage language, Set<NotificationKind> enabled) {
        jdbc.sql("""
                        insert into notification_preference (person_id, language) values (?, ?)
                        on conflict (person_id) do update set language = excluded.language
                        """).params(personId, language.name()).update();
        jdbc.sql("delete from notification_opt_out where person_id = ?")
                .param(personId)
                .update();
        for (NotificationKind kind : NotificationKind.values()) {
            if (!enabled.contains(kind)) {
                jdbc.sql("insert into notification_opt_out (person_id, kind) values (?, ?)")
                        .params(personId, kind.name())
                        .update();
            }
        }
    }
}
