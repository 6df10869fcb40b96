package no.samla.survey;

import java.util.concurrent.Callable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Finds the demo programmes, municipalities and surveys the survey tests use, and runs work that is rolled back. */
final class SurveyTestData {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    SurveyTestData(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    long programmeId(String name) {
        return jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
    }

    long municipalityId(String number) {
        return jdbc.queryForObject("select id from municipality where number = ?", Long.class, number);
    }

    /** The programme's first survey built from the instrument. */
    long surveyId(String programme, String instrument) {
        return jdbc.queryForObject(
                "select min(s.id) from survey s join programme p on p.id = s.programme_id where p.name = ?"
                        + " and s.instrument = ?",
                Long.class,
                programme,
                instrument);
    }

    void inRolledBackTransaction(Callable<Object> work) {
        transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
