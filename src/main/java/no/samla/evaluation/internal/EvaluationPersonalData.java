package no.samla.evaluation.internal;

import java.util.List;
import java.util.Set;
import no.samla.system.RespondentKeys;
import no.samla.system.privacy.ErasureCounts;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.ErasureLine.Treatment;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evaluations a person answered and what they answered. An anonymous answer carries no person, only the keyed
 * respondent key, which the person's id and the server secret recompute for the evaluations they are noted as having
 * answered. Erasure keeps that they answered (the response rate counts it) and keeps the answers in the results, but
 * unlinks them: the person's id goes and the key is replaced by a random one, so nothing pairs them with the person
 * any longer. {@link EvaluationTextRetention} clears the free text once the programme is long over.
 */
@Component
class EvaluationPersonalData implements PersonalDataHolder {

    static final String SECTION = "evaluation";

    /** The person's answers {@code a}, named or under their keys; arguments: person, evaluation ids, keys. */
    private static final String OWN_ANSWER =
            "(a.person_id = ? or (a.evaluation_id = any (?) and a.respondent_key = any (?)))";

    /** The evaluation of the rows {@code a} as people name it: programme, and gathering unless programme-level. */
    private static final String SUBJECT = """
              join evaluation e on e.id = a.evaluation_id
              join programme p on p.id = e.programme_id
              left join gathering g on g.id = e.gathering_id
            """;

    private final JdbcTemplate jdbc;
    private final RespondentKeys keys;

    EvaluationPersonalData(JdbcTemplate jdbc, RespondentKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of("evaluation_respondent.person_id", "evaluation_answer.person_id");
    }

    @Override
    public void export(long personId, PersonalDataExport export) {
        Keys own = keysOf(personId);
        export.add(SECTION, "evaluation-respondent", jdbc.queryForList("""
                select p.name as programme, g.number as gathering_number, g.title as gathering, e.anonymous,
                       e.status, e.closed_at
                  from evaluation_respondent a
                """ + SUBJECT + """
                 where a.person_id = ?
                 order by e.programme_id, g.number nulls last""", personId));
        export.add(
                SECTION,
                "evaluation-answer",
                jdbc.queryForList(
                        """
                select p.name as programme, g.number as gathering_number, g.title as gathering,
                       a.person_id is not null as named, a.score, a.went_well, a.could_be_better
                  from evaluation_answer a
                """ + SUBJECT + " where " + OWN_ANSWER + " order by e.programme_id, g.number nulls last",
                        personId,
                        own.evaluationIds(),
                        own.keys()));
        export.add(
                SECTION,
                "evaluation-answer-item",
                jdbc.queryForList(
                        """
                select p.name as programme, g.number as gathering_number, g.title as gathering,
                       q.position, q.text as question, i.score, i.text
                  from evaluation_answer_item i
                  join evaluation_question q on q.id = i.question_id
                  join evaluation_answer a on a.id = i.answer_id
                """ + SUBJECT + " where " + OWN_ANSWER
                                + " order by e.programme_id, g.number nulls last, q.position",
                        personId,
                        own.evaluationIds(),
                        own.keys()));
    }

    @Override
    public List<ErasureLine> previewErasure(long personId) {
        Keys own = keysOf(personId);
        return ErasureCounts.of(jdbc, personId)
                .kept("evaluation-respondent", "evaluation_respondent where person_id = ?", "programme-record")
                .add(
                        "evaluation-answer",
                        Treatment.ANONYMISED,
                        "evaluation_answer a where " + OWN_ANSWER,
                        "answer-unlinked",
                        personId,
                        own.evaluationIds(),
                        own.keys())
                .lines();
    }

    @Override
    public void erase(long personId) {
        Keys own = keysOf(personId);
        jdbc.update("""
                update evaluation_answer a set person_id = null, respondent_key = k.fresh
                  from unnest(?::bigint[], ?::varchar[], ?::varchar[]) as k (evaluation_id, old_key, fresh)
                 where a.evaluation_id = k.evaluation_id and a.respondent_key = k.old_key""", own.evaluationIds(), own.keys(), RespondentKeys.unlinked(own.keys().length));
        // a named answer whose key no longer matches (the secret changed) is unlinked all the same
        jdbc.update("update evaluation_answer set person_id = null where person_id = ?", personId);
    }

    /** The keys of the person's answers, for the evaluations they are noted as having answered; one statement. */
    private Keys keysOf(long personId) {
        List<Long> ids = jdbc.queryForList(
                "select evaluation_id from evaluation_respondent where person_id = ? order by evaluation_id",
                Long.class,
                personId);
        return new Keys(
                ids.toArray(Long[]::new),
                ids.stream().map(id -> keys.of(id, personId)).toArray(String[]::new));
    }

    private record Keys(Long[] evaluationIds, String[] keys) {}
}
