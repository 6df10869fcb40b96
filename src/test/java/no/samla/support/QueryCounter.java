package no.samla.support;

import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/** Counts the SQL statements the application runs, so tests can prove a page's queries are bounded. */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter implements BeanPostProcessor {

    private final AtomicLong statements = new AtomicLong();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name("counted")
                    .afterQuery((execution, queries) -> statements.addAndGet(queries.size()))
                    .build();
        }
        return bean;
    }

    public long count() {
        return statements.get();
    }

    /** Runs the action and returns how many statements it ran. */
    public long countDuring(ThrowingRunnable action) throws Exception {
        long before = statements.get();
        action.run();
        return statements.get() - before;
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
