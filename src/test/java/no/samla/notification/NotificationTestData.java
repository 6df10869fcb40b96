package no.samla.notification;

import java.time.LocalDate;
import java.util.List;
import no.samla.demo.DemoProgrammes;
import org.springframework.jdbc.core.JdbcTemplate;

/** A gathering of the Drammen school on a day of its own, far from the demo's dates, and its clean-up. */
final class NotificationTestData {

    static final LocalDate GATHERING_DATE = LocalDate.of(2031, 3, 12);
    static final LocalDate WEEK_BEFORE = GATHERING_DATE.minusDays(7);
    static final String KARI = "kari.nordmann@drammen.example";

    private NotificationTestData() {}

    static long addGathering(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                insert into gathering (programme_id, number, title, format, start_date, venue_name)
                select p.id, (select max(number) + 1 from gathering where programme_id = p.id),
                       'Samling <om> tillit & ansvar', 'ONE_DAY', ?, 'Rådhuset'
                from programme p where p.name = ?
                returning id
                """, Long.class, GATHERING_DATE, DemoProgrammes.DRAMMEN_SCHOOL);
    }

    /** Those who should be reminded: taking part now, with an enabled account. */
    static List<String> expectedRecipients(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                select distinct lower(pe.email) from participation pa
                join programme p on p.id = pa.programme_id
                join person pe on pe.id = pa.person_id
                join account a on a.person_id = pe.id and a.enabled
                where p.name = ? and pa.left_on is null
                order by 1
                """, String.class, DemoProgrammes.DRAMMEN_SCHOOL);
    }

    /** Participants of the programme with an enabled account other than {@code except}, in a stable order. */
    static List<Long> otherParticipants(JdbcTemplate jdbc, long programme, long except, int limit) {
        return jdbc.queryForList("""
                select pa.person_id from participation pa
                join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
                join account a on a.person_id = pa.person_id and a.enabled
                where pa.programme_id = ? and pa.left_on is null and pa.person_id <> ?
                order by pa.person_id limit ?
                """, Long.class, programme, except, limit);
    }

    static long personId(JdbcTemplate jdbc, String email) {
        return jdbc.queryForObject("select id from person where lower(email) = lower(?)", Long.class, email);
    }

    static void clean(JdbcTemplate jdbc, Long gatheringId) {
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_opt_out");
        jdbc.update("delete from notification_preference");
        if (gatheringId != null) {
            jdbc.update("delete from gathering where id = ?", gatheringId);
        }
    }
}
