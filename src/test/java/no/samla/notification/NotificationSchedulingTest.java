package no.samla.notification;

import static org.assertj.core.api.Assertions.assertThat;

import net.javacrumbs.shedlock.core.LockProvider;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** With scheduling on, the jobs run under a ShedLock lock kept in the database. */
@SamlaTest
@TestPropertySource(
        properties = {
            "samla.notification.scheduling.enabled=true",
            "samla.notification.reminders-cron=-",
            "samla.notification.send-interval=PT24H"
        })
class NotificationSchedulingTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theJobsTakeTheirLockInTheDatabase() throws Exception {
        assertThat(context.getBeansOfType(LockProvider.class)).hasSize(1);
        Object jobs = context.getBean("notificationJobs");
        jobs.getClass().getMethod("send").invoke(jobs);
        assertThat(jdbc.queryForObject(
                        "select count(*) from shedlock where name = 'notification-sender'", Integer.class))
                .isEqualTo(1);
    }
}
