package no.samla.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answer sets and answers in plain SQL. An answer set carries the round, the respondent key and the respondent's
 * municipality (for results per municipality), never the person. Used only by {@link Surveys} and
 * {@link SurveyChanges}.
 */
@Component
class ResponseStore {

    /** One scale answer as results read it. */
    record Score(long roundId, String key, Long municipalityId, long questionId, int score) {}

    /** One answer of one respondent as their own page reads it. */
    record Own(long roundId, long questionId, Integer score, String text) {}

    /** A scale answer with the factor of its question. */
    record FactorScore(Score score, long factorId) {}

    /** Answer sets of a round in one municipality (null: none recorded). */
    record Count(long roundId, Long municipalityId, long respondents) {}

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ResponseStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    boolean hasAnswers(long surveyId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from survey_response r join survey_round o on o.id = r.round_id"
                        + " where o.survey_id = ?)",
                Boolean.class,
                surveyId));
    }

    /** A new answer set, or empty when the key has one in the round already (the unique index decides). */
    Optional<UUID> insert(long roundId, String key, Long municipalityId) {
        return jdbc
                .queryForList(
                        "insert into survey_response (id, round_id, respondent_key, municipality_id) values (?, ?, ?, ?)"
                                + " on conflict (round_id, respondent_key) do nothing returning id",
                        UUID.class,
                        UUID.randomUUID(),
                        roundId,
                        key,
                        municipalityId)
                .stream()
                .findFirst();
    }

    void saveAnswers(UUID responseId, Map<Long, Integer> scores, Map<Long, String> texts) {
        List<Object[]> rows = new ArrayList<>();
        scores.forEach((question, score) -> rows.add(new Object[] {responseId, question, score, null}));
        texts.forEach((question, text) -> rows.add(new Object[] {responseId, question, null, text}));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into survey_answer (response_id, question_id, score, text) values (?, ?, ?, ?)", rows);
        }
    }

    /** The rounds among {@code roundIds} answered under any of the keys, with the key; one query. */
    List<Map.Entry<Long, String>> answered(Collection<String> keys, Collection<Long> roundIds) {
        return answered(keys, roundIds, ReadBatch.immediate(jdbc)).get();
    }

    /** {@link #answered(Collection, Collection)} as a read of a page's batch. */
    Deferred<List<Map.Entry<Long, String>>> answered(
            Collection<String> keys, Collection<Long> roundIds, ReadBatch reads) {
        if (keys.isEmpty() || roundIds.isEmpty()) {
            return Deferred.of(List.of());
        }
        return reads.query(
                "select round_id, respondent_key from survey_response where respondent_key in (:keys)"
                        + " and round_id in (:rounds)",
                new MapSqlParameterSource("keys", keys).addValue("rounds", roundIds),
                (row, i) -> Map.entry(row.getLong(1), row.getString(2)));
    }

    /** Every scale answer of the survey's rounds; one query. */
    List<Score> scores(long surveyId) {
        return scoresWhere("o.survey_id = ?", surveyId);
    }

    /** Every scale answer of the rounds of all the programme's surveys; one query. */
    List<Score> scoresOfProgramme(long programmeId) {
        return scoresWhere("o.survey_id in (select s.id from survey s where s.programme_id = ?)", programmeId);
    }

    private List<Score> scoresWhere(String roundsCondition, long id) {
        return jdbc.query(
                """
                select r.round_id, r.respondent_key, r.municipality_id, a.question_id, a.score
                  from survey_response r join survey_round o on o.id = r.round_id
                  join survey_answer a on a.response_id = r.id
                 where a.score is not null and
                """ + roundsCondition,
                (row, i) -> new Score(
                        row.getLong(1),
                        row.getString(2),
                        (Long) row.getObject(3, Long.class),
                        row.getLong(4),
                        row.getInt(5)),
                id);
    }

    /**
     * Every scale answer in the before, after and follow-up rounds of the programme's surveys, with its factor; one
     * query whatever the number of surveys and rounds.
     */
    List<FactorScore> scoresInProgramme(long programmeId) {
        return jdbc.query(
                """
                select r.round_id, r.respondent_key, r.municipality_id, a.question_id, a.score, q.factor_id
                  from survey s join survey_round o on o.survey_id = s.id
                  join survey_response r on r.round_id = o.id
                  join survey_answer a on a.response_id = r.id
                  join survey_question q on q.id = a.question_id
                 where s.programme_id = ? and o.kind in ('BEFORE', 'AFTER', 'FOLLOW_UP')
                   and a.score is not null and q.kind = 'SCALE'
                """,
                (row, i) -> new FactorScore(
                        new Score(
                                row.getLong(1),
                                row.getString(2),
                                (Long) row.getObject(3, Long.class),
                                row.getLong(4),
                                row.getInt(5)),
                        row.getLong(6)),
                programmeId);
    }

    /** Answer sets per round and municipality; one query. */
    List<Count> counts(long surveyId) {
        return countsWhere("o.survey_id = ?", surveyId);
    }

    /** Answer sets per round and municipality of all the programme's surveys; one query. */
    List<Count> countsOfProgramme(long programmeId) {
        return countsWhere("o.survey_id in (select s.id from survey s where s.programme_id = ?)", programmeId);
    }

    private List<Count> countsWhere(String roundsCondition, long id) {
        return jdbc.query(
                "select r.round_id, r.municipality_id, count(*) from survey_response r"
                        + " join survey_round o on o.id = r.round_id where " + roundsCondition
                        + " group by r.round_id, r.municipality_id",
                (row, i) -> new Count(row.getLong(1), (Long) row.getObject(2, Long.class), row.getLong(3)),
                id);
    }

    /**
     * The free-text answers of the survey's rounds as {round, question, text}, ordered by text so that the order says
     * nothing about who wrote what or when; one query.
     */
    List<Object[]> texts(long surveyId) {
        return jdbc.query("""
                select r.round_id, a.question_id, a.text from survey_response r
                  join survey_round o on o.id = r.round_id join survey_answer a on a.response_id = r.id
                 where o.survey_id = ? and a.text is not null order by a.text, a.question_id
                """, (row, i) -> new Object[] {row.getLong(1), row.getLong(2), row.getString(3)}, surveyId);
    }

    /** One respondent's answers in the survey's rounds; one query. */
    List<Own> own(long surveyId, String key) {
        return jdbc.query(
                """
                select r.round_id, a.question_id, a.score, a.text from survey_response r
                  join survey_round o on o.id = r.round_id join survey_answer a on a.response_id = r.id
                 where o.survey_id = ? and r.respondent_key = ?
                """,
                (row, i) -> new Own(
                        row.getLong(1), row.getLong(2), (Integer) row.getObject(3, Integer.class), row.getString(4)),
                surveyId,
                key);
    }
}
