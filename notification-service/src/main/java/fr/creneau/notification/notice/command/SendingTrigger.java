package fr.creneau.notification.notice.command;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the scheduler once the transaction that scheduled a notice has committed. db-scheduler's own immediate
 * execution wakes it when the task is scheduled, before that commit, so its look for due tasks often misses the
 * new one, which then waits for the next poll (2 s): a one-time code would reach the citizen seconds later.
 */
@Component
class SendingTrigger {

    private static final Object KEY = SendingTrigger.class;

    private final ObjectProvider<Scheduler> scheduler;

    SendingTrigger(ObjectProvider<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    /** Once per transaction, however many notices it scheduled. */
    void afterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(KEY)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(KEY, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                if (status == STATUS_COMMITTED) {
                    scheduler.ifAvailable(Scheduler::triggerCheckForDueExecutions);
                }
            }
        });
    }
}
