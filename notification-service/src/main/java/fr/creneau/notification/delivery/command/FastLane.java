package fr.creneau.notification.delivery.command;

import fr.creneau.notification.notice.command.Notices;
import fr.creneau.notification.notice.domain.NoticeRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Sends a notice due now as soon as the transaction that recorded it has committed, from the notice in memory: no
 * pick by db-scheduler, no read of the notice again. Its durable send task, scheduled {@code fallback-after} ahead,
 * stays the safety net: a crash before the send leaves it to send the notice then; a failure here hands the notice
 * to it at once, as if it were its first attempt, and its backoff and dead letters follow; a successful send removes it in the transaction that
 * records the send. The lane starts no send later than {@code start-within} after the notice was recorded, so a send
 * it starts has ended (the providers' timeouts) long before the task is due, and the task skips a notice recorded as
 * sent; the README says when the two could still both send one.
 */
@Component
class FastLane {

    private static final Logger log = LoggerFactory.getLogger(FastLane.class);

    private final NoticeDispatcher dispatcher;
    private final Notices notices;
    private final Executor executor;
    private final Clock clock;
    private final Duration startWithin;

    FastLane(NoticeDispatcher dispatcher, Notices notices, FastLaneThreads threads, Clock clock,
            @Value("${creneau.notification.delivery.fast-lane.start-within:30s}") Duration startWithin) {
        this.dispatcher = dispatcher;
        this.notices = notices;
        this.executor = threads.executor();
        this.clock = clock;
        this.startWithin = startWithin;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(NoticeRecorded recorded) {
        try {
            executor.execute(() -> send(recorded));
        } catch (RejectedExecutionException full) {
            byTask(recorded.notice().id(), "fast lane full");
        }
    }

    private void send(NoticeRecorded recorded) {
        UUID id = recorded.notice().id();
        if (clock.instant().isAfter(recorded.recordedAt().plus(startWithin))) {
            log.info("Notice {} waited too long for the fast lane: its send task sends it", id);
            byTask(id, "late");
            return;
        }
        try {
            dispatcher.dispatchRecorded(recorded.notice());
        } catch (RuntimeException failed) {
            log.info("Notice {} not sent on the fast lane ({}): handed to its send task", id, failed);
            byTask(id, "failed");
        }
    }

    private void byTask(UUID id, String why) {
        try {
            notices.sendByTaskAt(id, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Notice {} ({}): its send task could not be moved to now; it runs when first due", id, why, e);
        }
    }
}
