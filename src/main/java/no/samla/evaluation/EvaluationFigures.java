package no.samla.evaluation;

import java.util.List;
import no.samla.programme.ParticipantScope;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation scores as dashboards show them, in one statement. Answers are anonymous, so the score is the whole
 * programme's and shown only from {@link Evaluation#MINIMUM_ANONYMOUS_ANSWERS} answers; how many of the scope's
 * participants answered is known from who answered, never from what. Never free text.
 */
@Component
@Transactional(readOnly = true)
public class EvaluationFigures {

    /**
     * An opened evaluation: of a gathering (number and title set) or of the programme (both null); the programme's
     * answers and mean score (null while too few answered), and how many of the scope's participants answered.
     */
    public record EvaluationScore(
            long programmeId,
            long evaluationId,
            Integer gatheringNumber,
            String gatheringTitle,
            long answers,
            Double mean,
            long answered,
            long participants) {}

    private final NamedParameterJdbcTemplate jdbc;

    EvaluationFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** By programme, gatherings in order, the programme's own evaluation last. */
    public List<EvaluationScore> scores(ParticipantScope scope) {
        return jdbc.query("with " + scope.participants() + """
                select e.programme_id, e.id, g.number, g.title,
                       (select count(*) from evaluation_answer an where an.evaluation_id = e.id) as answers,
                       (select avg(an.score) from evaluation_answer an where an.evaluation_id = e.id) as mean,
                       (select count(*) from evaluation_respondent er
                        join scoped s on s.person_id = er.person_id and s.programme_id = e.programme_id
                        where er.evaluation_id = e.id) as answered,
                       (select count(*) from scoped s where s.programme_id = e.programme_id) as participants
                from evaluation e
                left join gathering g on g.id = e.gathering_id
                where e.programme_id in (:programmes) and e.status <> 'DRAFT'
                order by e.programme_id, e.gathering_id is null, g.number
                """, scope.parameters(), (rs, row) -> {
            long answers = rs.getLong(5);
            double mean = rs.getDouble(6);
            return new EvaluationScore(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getObject(3, Integer.class),
                    rs.getString(4),
                    answers,
                    answers >= Evaluation.MINIMUM_ANONYMOUS_ANSWERS ? mean : null,
                    rs.getLong(7),
                    rs.getLong(8));
        });
    }
}
