package no.samla.notification;

import static no.samla.notification.NotificationTestData.KARI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.samla.demo.DemoProgrammes;
import no.samla.notification.internal.Reminders;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A survey round that opens is told to the programme's participants, once per round, in their language. */
@SamlaTest
class SurveyNotificationTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 5, 5);

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private long programme;
    private long kari;
    private List<Long> others;

    @BeforeEach
    void setUp() {
        NotificationTestData.clean(jdbc, null);
        programme = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        kari = NotificationTestData.personId(jdbc, KARI);
        others = NotificationTestData.otherParticipants(jdbc, programme, kari, 2);
        assertThat(others).hasSize(2);
    }

    @AfterEach
    void tearDown() {
        NotificationTestData.clean(jdbc, null);
    }

    @Test
    void anOpenRoundIsToldToEachParticipantOnceAndARoundNotYetOpenIsNot() {
        long nynorsk = others.get(0);
        long optedOut = others.get(1);
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long survey = jdbc.queryForObject(
                    "insert into survey (programme_id, title, instrument) values (?, ?, 'EMPTY') returning id",
                    Long.class,
                    programme,
                    "Ledelse <før> & etter");
            long open = round(survey, TODAY, TODAY.plusDays(14));
            long later = round(survey, TODAY.plusDays(1), TODAY.plusDays(14));
            jdbc.update("insert into notification_preference (person_id, language) values (?, 'nn')", nynorsk);
            jdbc.update("insert into notification_opt_out (person_id, kind) values (?, 'SURVEY_OPEN')", optedOut);
            int participants = jdbc.queryForObject("""
                    select count(distinct pa.person_id) from participation pa
                    join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
                    join account a on a.person_id = pa.person_id and a.enabled
                    where pa.programme_id = ? and pa.left_on is null
                    """, Integer.class, programme);

            assertThat(reminders.surveyRounds(TODAY)).isEqualTo(participants - 1);
            assertThat(reminders.surveyRounds(TODAY)).isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification where idempotency_key like ?",
                            Integer.class,
                            "survey-open:" + later + ":%"))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification where recipient_person_id = ? and kind = 'SURVEY_OPEN'",
                            Integer.class,
                            optedOut))
                    .isZero();
            assertThat(mail(kari))
                    .startsWith("Svar på kartleggingen: Ledelse <før> & etter / ")
                    .contains("Hei Kari Nordmann,")
                    .contains("til og med")
                    .contains("/surveys/rounds/" + open);
            assertThat(jdbc.queryForObject(
                            "select body_html from notification where recipient_person_id = ? and kind = 'SURVEY_OPEN'",
                            String.class,
                            kari))
                    .contains("Ledelse &lt;før&gt; &amp; etter");
            assertThat(mail(nynorsk)).startsWith("Svar på kartlegginga: ").contains("er open for svar");
            // The round that opens tomorrow is told tomorrow.
            assertThat(reminders.surveyRounds(TODAY.plusDays(1))).isEqualTo(participants - 1);
        });
    }

    private long round(long survey, LocalDate opens, LocalDate closes) {
        return jdbc.queryForObject(
                "insert into survey_round (survey_id, kind, opens_on, closes_on) values (?, 'OTHER', ?, ?) returning id",
                Long.class,
                survey,
                opens,
                closes);
    }

    private String mail(long person) {
        return jdbc.queryForObject(
                "select subject || ' / ' || body_text from notification where recipient_person_id = ?"
                        + " and kind = 'SURVEY_OPEN' order by id limit 1",
                String.class,
                person);
    }
}
