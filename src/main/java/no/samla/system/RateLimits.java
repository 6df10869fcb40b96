package no.samla.system;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rate limits that hold across every instance: the hits of each limit and subject (an address, an e-mail) are counted
 * in the database, in fixed windows. A subject is kept as its SHA-256 only, so the table holds no address or e-mail.
 */
@Component
public class RateLimits {

    /** What is limited: at most {@code hits} in each {@code window}. */
    public record Limit(String name, int hits, Duration window) {}

    /** Rows of windows older than this are deleted now and then by the hits themselves; no job is needed. */
    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;

    RateLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a hit; true while the subject is within the limit, this hit included. */
    public boolean hit(Limit limit, String subject) {
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            jdbc.sql("delete from rate_limit where window_start < now() - make_interval(secs => :kept)")
                    .param("kept", (double) KEPT.toSeconds())
                    .update();
        }
        int hits = jdbc.sql("""
                        insert into rate_limit (key, window_start, hits) values (:key, now(), 1)
                        on conflict (key) do update set
                            window_start = case when rate_limit.window_start <= now() - make_interval(secs => :window)
                                                then now() else rate_limit.window_start end,
                            hits = case when rate_limit.window_start <= now() - make_interval(secs => :window)
                                        then 1 else rate_limit.hits + 1 end
                        returning hits
                        """)
                .param("key", key(limit, subject))
                .param("window", (double) limit.window().toSeconds())
                .query(Integer.class)
                .single();
        return hits <= limit.hits();
    }

    /** Whether the subject has used up the limit in the current window, without counting a hit. */
    public boolean exceeded(Limit limit, String subject) {
        return jdbc.sql("""
                        select hits from rate_limit
                        where key = :key and window_start > now() - make_interval(secs => :window)
                        """)
                .param("key", key(limit, subject))
                .param("window", (double) limit.window().toSeconds())
                .query(Integer.class)
                .optional()
                .map(hits -> hits >= limit.hits())
                .orElse(false);
    }

    private static String key(Limit limit, String subject) {
        return limit.name() + ":" + SecretTokens.hash(subject == null ? "" : subject);
    }
}
