package no.samla.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samla.support.SamlaTest;
import no.samla.system.QueryPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Connections plan as PostgreSQL usually does, without parallel workers; a dashboard's read plans per call. */
@SamlaTest
class QueryPlansTest {

    @Autowired
    QueryPlans plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aReadAsksForItsOwnPlansUntilItsTransactionEnds() {
        assertThat(planCacheModeInAReadThat(plans::planForTheParametersAtHand)).isEqualTo("force_custom_plan");
    }

    @Test
    void aReadOfOneReadersRowsKeepsGenericPlansUntilItsTransactionEnds() {
        assertThat(planCacheModeInAReadThat(plans::planOnceForAnyReader)).isEqualTo("force_generic_plan");
    }

    @Test
    void outsideATransactionItIsRefusedRatherThanLost() {
        assertThatThrownBy(() -> plans.planForTheParametersAtHand())
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> plans.planOnceForAnyReader()).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void connectionsStartWithoutParallelWorkersAndWithSsdPricedIndexReads() {
        assertThat(setting("max_parallel_workers_per_gather")).isEqualTo("0");
        assertThat(setting("random_page_cost")).isEqualTo("1.1");
    }

    /** The plan cache mode inside a read that asks for plans as given; before and after it, the default. */
    private String planCacheModeInAReadThat(Runnable asks) {
        TransactionTemplate read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        String inside = read.execute(status -> {
            assertThat(setting("plan_cache_mode")).isEqualTo("auto");
            asks.run();
            return setting("plan_cache_mode");
        });
        String after = read.execute(status -> setting("plan_cache_mode"));
        assertThat(after).isEqualTo("auto");
        return inside;
    }

    private String setting(String name) {
        return jdbc.sql("select current_setting(:name)")
                .param("name", name)
                .query(String.class)
                .single();
    }
}
