package no.samla.survey.internal;

import java.util.List;
import java.util.Set;
import no.samla.survey.Surveys;
import no.samla.system.RespondentKeys;
import no.samla.system.privacy.ErasureCounts;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.ErasureLine.Treatment;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's survey answers. They hold no person, only the keyed respondent key of (survey, person), which the
 * person's id and the server secret recompute for the surveys of the programmes they took part in: so the answers are
 * pseudonymous, not anonymous, and are the person's data. Erasure keeps them in the results but unlinks them: each
 * survey's key is replaced by one random key, the same in all its rounds, so before and after still pair while no
 * person's id gives the key any longer.
 */
@Component
class SurveyPersonalData implements PersonalDataHolder {

    static final String SECTION = "survey";

    /** The person's answer sets {@code r} in rounds {@code o}; arguments: survey ids, keys. */
    private static final String OWN_RESPONSE = "o.survey_id = any (?) and r.respondent_key = any (?)";

    private static final String SUBJECT = """
              join survey_round o on o.id = r.round_id
              join survey s on s.id = o.survey_id
              join programme p on p.id = s.programme_id
            """;

    private final JdbcTemplate jdbc;
    private final RespondentKeys keys;

    SurveyPersonalData(JdbcTemplate jdbc, RespondentKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Override
    public Set<String> personColumns() {
        // none: see the class comment
        return Set.of();
    }

    @Override
    public void export(long personId, PersonalDataExport export) {
        Keys own = keysOf(personId);
        export.add(
                SECTION,
                "survey-response",
                jdbc.queryForList(
                        """
                select p.name as programme, s.title as survey, o.kind as round, o.opens_on, o.closes_on,
                       m.name as municipality
                  from survey_response r
                """ + SUBJECT + """
                  left join municipality m on m.id = r.municipality_id
                """ + " where " + OWN_RESPONSE + " order by s.id, o.opens_on, o.id",
                        own.surveyIds(),
                        own.keys()));
        export.add(
                SECTION,
                "survey-answer",
                jdbc.queryForList(
                        """
                select p.name as programme, s.title as survey, o.kind as round, q.position, q.text as question,
                       a.score, a.text
                  from survey_answer a
                  join survey_question q on q.id = a.question_id
                  join survey_response r on r.id = a.response_id
                """ + SUBJECT + " where " + OWN_RESPONSE + " order by s.id, o.opens_on, o.id, q.position",
                        own.surveyIds(),
                        own.keys()));
    }

    @Override
    public List<ErasureLine> previewErasure(long personId) {
        Keys own = keysOf(personId);
        return ErasureCounts.of(jdbc, personId)
                .add(
                        "survey-response",
                        Treatment.ANONYMISED,
                        "survey_response r join survey_round o on o.id = r.round_id where " + OWN_RESPONSE,
                        "answer-unlinked",
                        own.surveyIds(),
                        own.keys())
                .lines();
    }

    @Override
    public void erase(long personId) {
        Keys own = keysOf(personId);
        jdbc.update("""
                update survey_response r set respondent_key = k.fresh
                  from unnest(?::bigint[], ?::varchar[], ?::varchar[]) as k (survey_id, old_key, fresh), survey_round o
                 where o.id = r.round_id and o.survey_id = k.survey_id and r.respondent_key = k.old_key""", own.surveyIds(), own.keys(), RespondentKeys.unlinked(own.keys().length));
    }

    /**
     * The person's keys for the surveys of every programme they took part in (only participants answer, and leaving
     * keeps the participation); one statement.
     */
    private Keys keysOf(long personId) {
        List<Long> ids = jdbc.queryForList("""
                select s.id from survey s
                 where s.programme_id in (select pa.programme_id from participation pa where pa.person_id = ?)
                 order by s.id""", Long.class, personId);
        return new Keys(
                ids.toArray(Long[]::new),
                ids.stream().map(id -> keys.of(Surveys.KEY_KIND, id, personId)).toArray(String[]::new));
    }

    private record Keys(Long[] surveyIds, String[] keys) {}
}
