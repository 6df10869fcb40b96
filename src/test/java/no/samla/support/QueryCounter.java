package no.samla.support;

import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the application runs, so tests can prove a page's queries are bounded. A measurement
 * counts only the statements of the measuring thread (MockMvc serves on it), so background work elsewhere in the
 * application cannot make a page look more expensive than it is. The statements that read and save the HTTP session
 * (kept in the database by Spring Session) are left out: they are the same for every request, whatever the page
 * (one read and one write for a signed-in browser; a test request without a cookie saves a new session instead).
 * So is a planner setting a read asks for ({@code set local ...}, see {@code QueryPlans}): it reads no data.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter implements BeanPostProcessor {

    private final AtomicLong statements = new AtomicLong();
    private final ThreadLocal<long[]> onThisThread = ThreadLocal.withInitial(() -> new long[1]);
    private final ThreadLocal<long[]> callsOnThisThread = ThreadLocal.withInitial(() -> new long[1]);
    private final ThreadLocal<java.util.List<String>> textsOnThisThread = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name("counted")
                    .afterQuery((execution, all) -> {
                        java.util.List<String> queries = all.stream()
                                .map(query -> query.getQuery())
                                // A page's read batch sends several statements in one call: each counts.
                                .flatMap(query ->
                                        java.util.Arrays.stream(query.split(no.samla.system.read.ReadBatch.SEPARATOR)))
                                .filter(query -> !isSessionStatement(query) && !isPlannerSetting(query))
                                .toList();
                        statements.addAndGet(queries.size());
                        if (!queries.isEmpty()) {
                            callsOnThisThread.get()[0]++;
                        }
                        onThisThread.get()[0] += queries.size();
                        java.util.List<String> texts = textsOnThisThread.get();
                        if (texts != null) {
                            texts.addAll(queries);
                        }
                    })
                    .build();
        }
        return bean;
    }

    private static boolean isSessionStatement(String query) {
        return query.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION");
    }

    private static boolean isPlannerSetting(String query) {
        return query.strip().toLowerCase(java.util.Locale.ROOT).startsWith("set local ");
    }

    public long count() {
        return statements.get();
    }

    /** Runs the action and returns how many statements it ran on this thread. */
    public long countDuring(ThrowingRunnable action) throws Exception {
        long before = onThisThread.get()[0];
        action.run();
        return onThisThread.get()[0] - before;
    }

    /** Runs the action and returns how many calls to the database (round trips with statements) it made on this thread. */
    public long callsDuring(ThrowingRunnable action) throws Exception {
        long before = callsOnThisThread.get()[0];
        action.run();
        return callsOnThisThread.get()[0] - before;
    }

    /** Runs the action and returns the statements it ran on this thread, for a test that must say which ones grew. */
    public java.util.List<String> statementsDuring(ThrowingRunnable action) throws Exception {
        java.util.List<String> texts = new java.util.ArrayList<>();
        textsOnThisThread.set(texts);
        try {
            action.run();
        } finally {
            textsOnThisThread.remove();
        }
        return texts;
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
