package no.samla.evaluation.internal;

import java.time.LocalDate;
import no.samla.system.privacy.RetentionRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Clears the free text of evaluation answers in programmes that ended long enough ago: what went well, what could be
 * better and the answers to the coordinator's text questions. The answers stay with their scores, so the results and
 * the response rate stay true.
 */
@Component
class EvaluationTextRetention implements RetentionRule {

    /** Answers {@code a} of ended programmes that still hold text; the argument is the date. */
    private static final String DUE = """
            select a.id
              from evaluation_answer a
              join evaluation e on e.id = a.evaluation_id
              join programme p on p.id = e.programme_id
             where p.end_date < ?
               and (a.went_well is not null or a.could_be_better is not null
                    or exists (select 1 from evaluation_answer_item i where i.answer_id = a.id and i.text is not null))
            """;

    private final JdbcTemplate jdbc;

    EvaluationTextRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "evaluation-texts";
    }

    @Override
    public long countDue(LocalDate programmesEndedBefore) {
        Long due = jdbc.queryForObject("select count(*) from (" + DUE + ") due", Long.class, programmesEndedBefore);
        return due == null ? 0 : due;
    }

    @Override
    public long apply(LocalDate programmesEndedBefore) {
        // a text question's answer holds nothing but its text, so it goes
        return jdbc.update("with due as materialized (" + DUE + """
                ), items as (
                    delete from evaluation_answer_item i using due where i.answer_id = due.id and i.text is not null)
                update evaluation_answer a set went_well = null, could_be_better = null
                  from due where a.id = due.id""", programmesEndedBefore);
    }
}
