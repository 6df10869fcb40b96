package no.samla.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Answers and respondents, in plain SQL: who has answered lives in {@code evaluation_respondent}, what was answered in
 * {@code evaluation_answer}, and nothing but the keyed respondent key (see {@link no.samla.system.RespondentKeys}) joins the two.
 * Used only by {@link Evaluations}.
 */
@Component
class AnswerStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    AnswerStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** The evaluation's status, holding a share lock so that it cannot close while an answer is being saved. */
    Optional<EvaluationStatus> lockStatus(long evaluationId) {
        return jdbc
                .queryForList("select status from evaluation where id = ? for share", String.class, evaluationId)
                .stream()
                .findFirst()
                .map(EvaluationStatus::valueOf);
    }

    /** Saves or replaces the answer with this key, and notes the person as having answered. */
    void save(long evaluationId, String key, Long shownPersonId, long respondentId, Answer answer) {
        UUID id = jdbc.queryForObject(
                """
                insert into evaluation_answer (id, evaluation_id, respondent_key, person_id, score, went_well, could_be_better)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (evaluation_id, respondent_key) do update
                   set person_id = excluded.person_id, score = excluded.score, went_well = excluded.went_well,
                       could_be_better = excluded.could_be_better
                returning id
                """,
                UUID.class,
                UUID.randomUUID(),
                evaluationId,
                key,
                shownPersonId,
                answer.score(),
                answer.wentWell(),
                answer.couldBeBetter());
        jdbc.update("delete from evaluation_answer_item where answer_id = ?", id);
        List<Object[]> items = new ArrayList<>();
        answer.items()
                .forEach((questionId, item) -> items.add(new Object[] {id, questionId, item.score(), item.text()}));
        if (!items.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into evaluation_answer_item (answer_id, question_id, score, text) values (?, ?, ?, ?)",
                    items);
        }
        jdbc.update(
                "insert into evaluation_respondent (evaluation_id, person_id) values (?, ?) on conflict do nothing",
                evaluationId,
                respondentId);
    }

    Optional<Answer> findByKey(long evaluationId, String key) {
        List<Answer> found = answers(
                "select id, person_id, score, went_well, could_be_better from evaluation_answer"
                        + " where evaluation_id = :evaluation and respondent_key = :key",
                new MapSqlParameterSource("evaluation", evaluationId).addValue("key", key));
        return found.stream().findFirst();
    }

    /**
     * Every answer of an evaluation, in the order of their random ids: an order that says nothing about who answered
     * or when. Two queries.
     */
    List<Answer> all(long evaluationId) {
        return answers(
                "select id, person_id, score, went_well, could_be_better from evaluation_answer"
                        + " where evaluation_id = :evaluation order by id",
                new MapSqlParameterSource("evaluation", evaluationId));
    }

    long count(long evaluationId) {
        return jdbc.queryForObject(
                "select count(*) from evaluation_answer where evaluation_id = ?", Long.class, evaluationId);
    }

    /** The people who have answered, by evaluation, for the given evaluations; one query. */
    Map<Long, List<Long>> respondents(Collection<Long> evaluationIds) {
        Map<Long, List<Long>> byEvaluation = new HashMap<>();
        if (evaluationIds.isEmpty()) {
            return byEvaluation;
        }
        named.query(
                "select evaluation_id, person_id from evaluation_respondent where evaluation_id in (:ids)",
                new MapSqlParameterSource("ids", evaluationIds),
                row -> {
                    byEvaluation
                            .computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(row.getLong(2));
                });
        return byEvaluation;
    }

    /** Which of the evaluations the person has answered; one query. */
    List<Long> answeredBy(long personId, Collection<Long> evaluationIds) {
        return answeredBy(personId, evaluationIds, ReadBatch.immediate(jdbc)).get();
    }

    /** {@link #answeredBy(long, Collection)} as a read of a page's batch. */
    Deferred<List<Long>> answeredBy(long personId, Collection<Long> evaluationIds, ReadBatch reads) {
        if (evaluationIds.isEmpty()) {
            return Deferred.of(List.of());
        }
        return reads.query(
                "select evaluation_id from evaluation_respondent where person_id = :person and evaluation_id in (:ids)",
                new MapSqlParameterSource("person", personId).addValue("ids", evaluationIds),
                (row, n) -> row.getLong(1));
    }

    private List<Answer> answers(String sql, MapSqlParameterSource parameters) {
        Map<UUID, Object[]> rows = new LinkedHashMap<>();
        named.query(sql, parameters, row -> {
            rows.put(row.getObject(1, UUID.class), new Object[] {
                row.getObject(2) == null ? null : row.getLong(2), row.getInt(3), row.getString(4), row.getString(5)
            });
        });
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<Long, Answer.Item>> items = new HashMap<>();
        named.query(
                "select answer_id, question_id, score, text from evaluation_answer_item where answer_id in (:ids)",
                new MapSqlParameterSource("ids", rows.keySet()),
                row -> {
                    Object score = row.getObject(3);
                    items.computeIfAbsent(row.getObject(1, UUID.class), id -> new HashMap<>())
                            .put(
                                    row.getLong(2),
                                    new Answer.Item(
                                            score == null ? null : ((Number) score).intValue(), row.getString(4)));
                });
        List<Answer> answers = new ArrayList<>();
        rows.forEach((id, row) -> answers.add(new Answer(
                (Long) row[0],
                (Integer) row[1],
                (String) row[2],
                (String) row[3],
                Map.copyOf(items.getOrDefault(id, Map.of())))));
        return answers;
    }
}
