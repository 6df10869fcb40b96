package no.samla.notification.internal;

import no.samla.journal.LogEntryCommented;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Queues the leader's mail once a comment on their log entry is committed, in a transaction of its own. Should
 * that fail, the comment stays stored and the hourly reminder job queues the mail (it looks at the comments of the
 * last two days; the idempotency key keeps it to one mail).
 */
@Component
class LogEntryCommentListener {

    private final Reminders reminders;

    LogEntryCommentListener(Reminders reminders) {
        this.reminders = reminders;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void commented(LogEntryCommented event) {
        if (event.authorPersonId() != event.leaderPersonId()) {
            reminders.logEntryComment(event.commentId());
        }
    }
}
