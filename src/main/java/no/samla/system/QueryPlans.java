package no.samla.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How PostgreSQL plans the statements of one read. By default a statement run often on a connection gets one generic
 * plan, which saves planning it again: the leader's start page spent 24 ms planning and 2.5 ms running its statements
 * when every statement was planned anew. A dashboard's aggregates over lists of programme ids are the exception: a
 * generic plan of those was measured a hundred times slower than one made for the ids at hand, so the dashboards ask
 * for their own plans. The start page is the opposite case: its statements each pick one reader's rows, and PostgreSQL
 * kept planning its two largest anew on every call (1.5 and 1 ms) because it priced their generic plan above a
 * custom one, although the generic plan ran faster; so the start page asks for the generic plans outright.
 */
@Component
public class QueryPlans {

    private final JdbcClient jdbc;

    QueryPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans every statement for its own parameter values until the current transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void planForTheParametersAtHand() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /**
     * Plans every statement run often on the connection once, for any parameter values, until the current transaction
     * ends: for reads whose statements each select one person's rows, where the plan does not depend on the person.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void planOnceForAnyReader() {
        jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
    }
}
