package no.samla.notification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When the notification jobs run, each on one instance of the cluster at a time (see the system module's
 * SchedulingConfiguration). Off with {@code samla.notification.scheduling.enabled=false}
 * (the tests call the jobs themselves).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "samla.notification.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class NotificationScheduling {

    @Bean
    NotificationJobs notificationJobs(Reminders reminders, NotificationSender sender) {
        return new NotificationJobs(reminders, sender);
    }

    static class NotificationJobs {

        private final Reminders reminders;
        private final NotificationSender sender;

        NotificationJobs(Reminders reminders, NotificationSender sender) {
            this.reminders = reminders;
            this.sender = sender;
        }

        /** Reminders are queued every hour; the idempotency keys make the later runs of a day queue nothing new. */
        @Scheduled(cron = "${samla.notification.reminders-cron:0 5 * * * *}", zone = "Europe/Oslo")
        @SchedulerLock(name = "notification-reminders", lockAtMostFor = "PT30M")
        public void reminders() {
            reminders.runAll();
        }

        @Scheduled(fixedDelayString = "${samla.notification.send-interval:PT1M}")
        @SchedulerLock(name = "notification-sender", lockAtMostFor = "PT10M")
        public void send() {
            while (sender.sendDue() == NotificationSender.BATCH) {
                // a full batch: there may be more due
            }
        }
    }
}
