package no.samla.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samla.audit.AuditAction;
import no.samla.audit.AuditTrail;
import no.samla.system.privacy.RetentionRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The installation's retention rules: the modules' rules with the months and on/off the admin chose (the module's
 * proposal until then), run every night. Each rule runs in a transaction of its own, so one that fails leaves the
 * others' work and its own data as they were.
 */
@Service
@Transactional(readOnly = true)
public class RetentionRules {

    private static final Logger log = LoggerFactory.getLogger(RetentionRules.class);

    /** One rule as the admin sees it, with how many records it would clear today. */
    public record Setting(
            String key, int months, boolean enabled, int defaultMonths, Instant lastRunAt, Long lastCleared, long due) {

        public LocalDate programmesEndedBefore(LocalDate today) {
            return today.minusMonths(months);
        }
    }

    /** What the admin asks a rule to be: months after the programme's end, and whether it runs. */
    public record Choice(int months, boolean enabled) {}

    private record Stored(int months, boolean enabled, Instant lastRunAt, Long lastCleared) {}

    private final Map<String, RetentionRule> rules;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate eachRule;

    RetentionRules(
            List<RetentionRule> rules,
            JdbcTemplate jdbc,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.rules = rules.stream()
                .sorted(Comparator.comparing(RetentionRule::key))
                .collect(Collectors.toMap(
                        RetentionRule::key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.eachRule = new TransactionTemplate(transactions);
    }

    /** Every rule with its setting and what is due today: one statement for the settings, one per rule. */
    public List<Setting> settings() {
        LocalDate today = LocalDate.now(clock);
        return current().stream()
                .map(c -> new Setting(
                        c.rule().key(),
                        c.months(),
                        c.enabled(),
                        c.rule().defaultMonths(),
                        c.stored() == null ? null : c.stored().lastRunAt(),
                        c.stored() == null ? null : c.stored().lastCleared(),
                        c.rule().countDue(today.minusMonths(c.months()))))
                .toList();
    }

    /** A rule with the months and on/off in force: the admin's choice, else the module's proposal, on. */
    private record Current(RetentionRule rule, int months, boolean enabled, Stored stored) {}

    /** The rules in force, in one statement and without counting what is due. */
    private List<Current> current() {
        Map<String, Stored> stored = stored();
        return rules.values().stream()
                .map(rule -> {
                    Stored setting = stored.get(rule.key());
                    return setting == null
                            ? new Current(rule, rule.defaultMonths(), true, null)
                            : new Current(rule, setting.months(), setting.enabled(), setting);
                })
                .toList();
    }

    /** Saves the admin's choices for the rules named; one audit row lists what changed. */
    @Transactional
    public void save(Map<String, Choice> choices) {
        Map<String, Current> before =
                current().stream().collect(Collectors.toMap(c -> c.rule().key(), Function.identity()));
        StringBuilder changed = new StringBuilder();
        choices.forEach((key, choice) -> {
            Current old = before.get(key);
            if (old == null) {
                throw new IllegalArgumentException("No retention rule " + key);
            }
            jdbc.update("""
                    insert into retention_setting (rule_key, months, enabled) values (?, ?, ?)
                    on conflict (rule_key) do update
                       set months = excluded.months, enabled = excluded.enabled, updated_at = now()""", key, choice.months(), choice.enabled());
            if (old.months() != choice.months() || old.enabled() != choice.enabled()) {
                changed.append(changed.isEmpty() ? "" : ", ")
                        .append(key)
                        .append(' ')
                        .append(choice.months())
                        .append(choice.enabled() ? " months on" : " months off");
            }
        });
        if (!changed.isEmpty()) {
            audit.record(AuditAction.RETENTION_CHANGED, null, null, changed.toString());
        }
    }

    /**
     * Runs every rule that is on; returns the records cleared per rule. The nightly job and the admin call it; each
     * rule has a transaction of its own unless the caller has one.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = false)
    public Map<String, Long> runAll() {
        Map<String, Long> cleared = new java.util.LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Current setting : current()) {
            if (!setting.enabled()) {
                continue;
            }
            RetentionRule rule = setting.rule();
            LocalDate before = today.minusMonths(setting.months());
            try {
                Long count = eachRule.execute(status -> {
                    long n = rule.apply(before);
                    jdbc.update("""
                            insert into retention_setting (rule_key, months, enabled, last_run_at, last_cleared)
                            values (?, ?, true, now(), ?)
                            on conflict (rule_key) do update set last_run_at = now(), last_cleared = excluded.last_cleared""", rule.key(), setting.months(), n);
                    if (n > 0) {
                        audit.record(
                                AuditAction.RETENTION_APPLIED,
                                null,
                                null,
                                rule.key() + ": " + n + " cleared, programmes ended before " + before);
                    }
                    return n;
                });
                cleared.put(rule.key(), count);
            } catch (RuntimeException e) {
                log.error("Retention rule {} failed; its data is as it was", rule.key(), e);
            }
        }
        return cleared;
    }

    private Map<String, Stored> stored() {
        return jdbc
                .query(
                        "select rule_key, months, enabled, last_run_at, last_cleared from retention_setting",
                        (rs, row) -> Map.entry(
                                rs.getString("rule_key"),
                                new Stored(
                                        rs.getInt("months"),
                                        rs.getBoolean("enabled"),
                                        rs.getTimestamp("last_run_at") == null
                                                ? null
                                                : rs.getTimestamp("last_run_at").toInstant(),
                                        (Long) rs.getObject("last_cleared"))))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
