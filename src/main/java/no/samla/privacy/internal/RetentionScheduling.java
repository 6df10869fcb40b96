package no.samla.privacy.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.samla.privacy.RetentionRules;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The retention rules run every night, on one instance at a time. Off with
 * {@code samla.privacy.retention.scheduling.enabled=false} (the tests run the rules themselves).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "samla.privacy.retention.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class RetentionScheduling {

    @Bean
    RetentionJob retentionJob(RetentionRules rules) {
        return new RetentionJob(rules);
    }

    static class RetentionJob {

        private final RetentionRules rules;

        RetentionJob(RetentionRules rules) {
            this.rules = rules;
        }

        @Scheduled(cron = "${samla.privacy.retention-cron:0 30 2 * * *}", zone = "Europe/Oslo")
        @SchedulerLock(name = "privacy-retention", lockAtMostFor = "PT1H")
        public void run() {
            rules.runAll();
        }
    }
}
