package no.samla.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import no.samla.survey.Surveys;
import no.samla.system.RespondentKeys;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.ErasureLine.Treatment;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import no.samla.system.privacy.RetentionRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The personal data of a programme's activities (programmes, gatherings, calendars, notifications, evaluations,
 * network groups, surveys) for a demo leader and a demo coordinator: what the export holds, that the erasure preview
 * counts what erasure then does, and the retention rules of evaluation texts and network meeting notes. Everything
 * that changes data runs in a transaction that is rolled back, since the demo data is shared.
 */
@SamlaTest
class ProgrammeActivityPersonalDataTest {

    static final Set<String> HOLDERS = Set.of(
            "ProgrammePersonalData",
            "GatheringPersonalData",
            "CalendarPersonalData",
            "NotificationPersonalData",
            "EvaluationPersonalData",
            "NetworkGroupPersonalData",
            "SurveyPersonalData");

    static final Set<String> RULES = Set.of("evaluation-texts", "network-meeting-notes");

    /** Kinds the demo leader has records of, by section. */
    static final Map<String, List<String>> LEADER_KINDS = Map.of(
            "programme", List.of("participation"),
            "gathering", List.of("attendance"),
            "calendar", List.of("calendar-feed"),
            "notification", List.of("notification", "notification-preference", "notification-opt-out"),
            "evaluation", List.of("evaluation-respondent", "evaluation-answer", "evaluation-answer-item"),
            "networkgroup", List.of("network-group-member", "network-meeting-attendance", "network-meeting-note"),
            "survey", List.of("survey-response", "survey-answer"));

    /** Kinds the demo coordinator has records of, by section. */
    static final Map<String, List<String>> COORDINATOR_KINDS = Map.of(
            "programme", List.of("programme-coordinator"),
            "gathering", List.of("attendance-recorded", "gathering-material", "agenda-item", "gathering-facilitator"),
            "networkgroup", List.of("network-meeting-facilitator"));

    /** Each kind's rows counted apart from the holders; each {@code ?} is the person. */
    static final Map<String, String> ROWS = Map.ofEntries(
            Map.entry("participation", "participation where person_id = ?"),
            Map.entry("programme-coordinator", "programme_coordinator where person_id = ?"),
            Map.entry("attendance", "attendance where person_id = ?"),
            Map.entry("attendance-comment", "attendance where person_id = ? and comment is not null"),
            Map.entry("attendance-recorded", "attendance where updated_by_person_id = ? and person_id <> ?"),
            Map.entry("gathering-material", "gathering_material where created_by_person_id = ?"),
            Map.entry("agenda-item", "agenda_item where responsible_person_id = ?"),
            Map.entry("gathering-facilitator", "gathering_facilitator where person_id = ?"),
            Map.entry("cancelled-gathering", "gathering_cancellation where ? = any (facilitator_ids)"),
            Map.entry("calendar-feed", "calendar_feed where person_id = ?"),
            Map.entry("notification", "notification where recipient_person_id = ?"),
            Map.entry("notification-preference", "notification_preference where person_id = ?"),
            Map.entry("notification-opt-out", "notification_opt_out where person_id = ?"),
            Map.entry("evaluation-respondent", "evaluation_respondent where person_id = ?"),
            Map.entry("network-group-member", "network_group_member where person_id = ?"),
            Map.entry("network-group-placement", "network_group_placement where person_id = ?"),
            Map.entry("network-group-proposal", "network_group_proposal where updated_by_person_id = ?"),
            Map.entry("network-meeting-facilitator", "network_meeting where facilitator_person_id = ?"),
            Map.entry("network-meeting-attendance", "network_meeting_attendance where person_id = ?"),
            Map.entry("network-meeting-note", "network_meeting_note where author_person_id = ?"));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<PersonalDataHolder> allHolders;

    @Autowired
    List<RetentionRule> allRules;

    @Autowired
    RespondentKeys keys;

    @Autowired
    QueryCounter queries;

    @Autowired
    PlatformTransactionManager transactionManager;

    List<PersonalDataHolder> holders;
    long leader;
    long coordinator;

    @BeforeEach
    void findHoldersAndPeople() {
        holders = allHolders.stream()
                .filter(holder ->
                        HOLDERS.contains(AopUtils.getTargetClass(holder).getSimpleName()))
                .toList();
        assertThat(holders).hasSize(HOLDERS.size());
        leader = jdbc.queryForObject("""
                select p.id from person p
                 order by (select count(*) from network_meeting_note x where x.author_person_id = p.id) > 0 desc,
                          (select count(*) from evaluation_respondent x where x.person_id = p.id) > 0 desc,
                          (select count(*) from calendar_feed x where x.person_id = p.id) > 0 desc,
                          (select count(*) from attendance x where x.person_id = p.id and x.comment is not null)
                              > 0 desc,
                          p.id
                 limit 1""", Long.class);
        coordinator = jdbc.queryForObject("""
                select p.id from person p
                 order by (select count(*) from gathering_material x where x.created_by_person_id = p.id) > 0 desc,
                          (select count(*) from network_meeting x where x.facilitator_person_id = p.id) > 0 desc,
                          (select count(*) from attendance x where x.updated_by_person_id = p.id) > 0 desc,
                          (select count(*) from agenda_item x where x.responsible_person_id = p.id) > 0 desc,
                          p.id
                 limit 1""", Long.class);
    }

    @Test
    void exportNamesWhatTheLeaderAndTheCoordinatorDidInBoundedStatements() throws Exception {
        inRolledBackTransaction(() -> {
            mailSettingsOf(leader);
            PersonalDataExport leaders = new PersonalDataExport();
            long statements = queries.countDuring(() -> holders.forEach(holder -> holder.export(leader, leaders)));
            assertHasRecords(leaders, LEADER_KINDS);
            assertThat(statements).as("statements of the export").isLessThanOrEqualTo(30);
            assertThat(leaders.sections().get("gathering").get("attendance"))
                    .allSatisfy(record -> assertThat(record.get("programme")).isNotNull());
            assertThat(leaders.sections().get("survey").get("survey-answer"))
                    .allSatisfy(record -> assertThat(record.get("question")).isNotNull());

            PersonalDataExport coordinators = new PersonalDataExport();
            holders.forEach(holder -> holder.export(coordinator, coordinators));
            assertHasRecords(coordinators, COORDINATOR_KINDS);
            return null;
        });
    }

    @Test
    void previewCountsTheRowsAndEraseDoesWhatItSaid() throws Exception {
        for (long person : List.of(leader, coordinator)) {
            inRolledBackTransaction(() -> {
                mailSettingsOf(person);
                long answers = count("evaluation_answer"), responses = count("survey_response");
                Map<Long, Long> pairsBySurvey = respondentsBySurvey();
                Map<String, ErasureLine> before = preview(person);
                before.forEach((kind, line) -> assertThat(line.count()).as(kind).isEqualTo(rows(kind, person)));
                assertThat(before.values())
                        .anySatisfy(line -> assertThat(line.treatment()).isEqualTo(Treatment.KEPT));

                holders.forEach(holder -> holder.erase(person));

                Map<String, ErasureLine> after = preview(person);
                before.forEach((kind, line) -> {
                    long left = rows(kind, person);
                    if (line.treatment() == Treatment.KEPT) {
                        assertThat(left).as("kept " + kind).isEqualTo(line.count());
                    } else {
                        assertThat(left).as("left of " + kind).isZero();
                    }
                    assertThat(after.get(kind).count())
                            .as("preview after erasure of " + kind)
                            .isEqualTo(left);
                });
                assertThat(count("evaluation_answer"))
                        .as("answers still counted")
                        .isEqualTo(answers);
                assertThat(count("survey_response"))
                        .as("survey answer sets still counted")
                        .isEqualTo(responses);
                assertThat(respondentsBySurvey()).as("respondents per survey").isEqualTo(pairsBySurvey);
                return null;
            });
        }
    }

    @Test
    void retentionRulesClearWhatIsDueAndNothingTheSecondTime() throws Exception {
        List<RetentionRule> rules =
                allRules.stream().filter(rule -> RULES.contains(rule.key())).toList();
        assertThat(rules).hasSize(RULES.size());
        LocalDate everyProgramme = LocalDate.of(2200, 1, 1);
        for (RetentionRule rule : rules) {
            inRolledBackTransaction(() -> {
                long answers = count("evaluation_answer"), meetings = count("network_meeting_attendance");
                assertThat(rule.countDue(LocalDate.of(1900, 1, 1)))
                        .as(rule.key() + " before any end")
                        .isZero();
                long due = rule.countDue(everyProgramme);
                assertThat(due).as(rule.key() + " due").isPositive();

                assertThat(rule.apply(everyProgramme))
                        .as(rule.key() + " cleared")
                        .isEqualTo(due);
                assertThat(rule.countDue(everyProgramme))
                        .as(rule.key() + " due after")
                        .isZero();
                assertThat(rule.apply(everyProgramme))
                        .as(rule.key() + " cleared again")
                        .isZero();

                assertThat(count("evaluation_answer")).isEqualTo(answers);
                assertThat(count("network_meeting_attendance")).isEqualTo(meetings);
                return null;
            });
        }
        inRolledBackTransaction(() -> {
            rules.forEach(rule -> rule.apply(everyProgramme));
            assertThat(jdbc.queryForObject("""
                    select count(*) from evaluation_answer a
                     where a.went_well is not null or a.could_be_better is not null
                        or exists (select 1 from evaluation_answer_item i where i.answer_id = a.id and i.text is not null)
                    """, Long.class))
                    .as("evaluation texts left")
                    .isZero();
            assertThat(count("network_meeting_note")).as("notes left").isZero();
            return null;
        });
    }

    private Map<String, ErasureLine> preview(long person) {
        Map<String, ErasureLine> lines = new LinkedHashMap<>();
        holders.forEach(holder -> holder.previewErasure(person).forEach(line -> lines.put(line.kind(), line)));
        return lines;
    }

    /** A mail, a language and a turned-off reminder, which the demo data has for no one. */
    private void mailSettingsOf(long person) {
        jdbc.update("""
                insert into notification (recipient_person_id, kind, idempotency_key, language, recipient_email,
                                          subject, body_text, body_html)
                values (?, 'TEST', 'personal-data-test:' || ?, 'nb', 'someone@example.org', 'Emne', 'Tekst',
                        '<p>Tekst</p>')""", person, person);
        jdbc.update("""
                insert into notification_preference (person_id, language) values (?, 'en')
                on conflict (person_id) do nothing""", person);
        jdbc.update("""
                insert into notification_opt_out (person_id, kind) values (?, 'TEST')
                on conflict do nothing""", person);
    }

    private long rows(String kind, long person) {
        return switch (kind) {
            case "evaluation-answer" -> evaluationAnswersOf(person);
            case "survey-response" -> surveyResponsesOf(person);
            default -> {
                String rows = ROWS.get(kind);
                assertThat(rows).as("rows of " + kind).isNotNull();
                Object[] arguments =
                        rows.chars().filter(c -> c == '?').mapToObj(c -> person).toArray();
                yield jdbc.queryForObject("select count(*) from " + rows, Long.class, arguments);
            }
        };
    }

    private long evaluationAnswersOf(long person) {
        long found = 0;
        for (long evaluation : jdbc.queryForList("select id from evaluation", Long.class)) {
            found += jdbc.queryForObject(
                    "select count(*) from evaluation_answer where evaluation_id = ? and (respondent_key = ? or person_id = ?)",
                    Long.class,
                    evaluation,
                    keys.of(evaluation, person),
                    person);
        }
        return found;
    }

    private long surveyResponsesOf(long person) {
        long found = 0;
        for (long survey : jdbc.queryForList("select id from survey", Long.class)) {
            found += jdbc.queryForObject(
                    "select count(*) from survey_response r join survey_round o on o.id = r.round_id"
                            + " where o.survey_id = ? and r.respondent_key = ?",
                    Long.class,
                    survey,
                    keys.of(Surveys.KEY_KIND, survey, person));
        }
        return found;
    }

    /** How many respondents each survey has, by their keys: erasure must keep a respondent's rounds paired. */
    private Map<Long, Long> respondentsBySurvey() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query(
                "select o.survey_id, count(distinct r.respondent_key) from survey_response r"
                        + " join survey_round o on o.id = r.round_id group by o.survey_id",
                row -> {
                    counts.put(row.getLong(1), row.getLong(2));
                });
        return counts;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static void assertHasRecords(PersonalDataExport export, Map<String, List<String>> expected) {
        List<String> empty = new ArrayList<>();
        expected.forEach((section, kinds) -> kinds.forEach(kind -> {
            var records = export.sections().getOrDefault(section, Map.of()).get(kind);
            if (records == null || records.isEmpty()) {
                empty.add(section + "/" + kind);
            }
        }));
        assertThat(empty)
                .as("kinds without records, of "
                        + export.sections().entrySet().stream()
                                .map(section -> section.getKey()
                                        + section.getValue().entrySet().stream()
                                                .map(kind -> kind.getKey() + "="
                                                        + kind.getValue().size())
                                                .collect(Collectors.joining(", ", "{", "}")))
                                .collect(Collectors.joining(" ")))
                .isEmpty();
    }

    private void inRolledBackTransaction(Callable<Void> work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
