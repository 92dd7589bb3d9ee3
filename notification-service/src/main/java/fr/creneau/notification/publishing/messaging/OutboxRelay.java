package fr.creneau.notification.publishing.messaging;

import fr.creneau.notification.publishing.command.NotificationOutbox;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MimeTypeUtils;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Publishes the outbox in order, each record acknowledged by the broker (the binding is synchronous) before the
 * batch is marked published. A crash in between publishes the same events again, under the same ids: consumers
 * are idempotent by event id. A broker that refuses rolls the batch back; the next run tries again.
 * <p>
 * It runs every {@code creneau.notification.outbox-interval} (1 s) on every instance of the service; a PostgreSQL
 * advisory lock lets one relay at a time through, so the events leave in outbox order. It is a Spring schedule
 * rather than a db-scheduler task on purpose: it only sweeps a table, and tests that move db-scheduler's clock
 * forward would otherwise push its next run days away.
 */
@Component
class OutboxRelay {

    static final String BINDING = "notificationEvents-out-0";
    private static final int BATCH = 100;
    private static final Duration KEPT = Duration.ofDays(7);

    private final NotificationOutbox outbox;
    private final StreamBridge bridge;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OutboxRelay(NotificationOutbox outbox, StreamBridge bridge, Clock clock, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.bridge = bridge;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Publishes everything pending, batch after batch, then forgets what was published long ago. */
    @Scheduled(fixedDelayString = "${creneau.notification.outbox-interval:1s}", initialDelay = 1_000)
    void publishAll() {
        Integer published;
        do {
            published = transaction.execute(status -> publishBatch());
        } while (published != null && published == BATCH);
        outbox.forgetPublishedBefore(clock.instant().minus(KEPT));
    }

    /** One batch, in one transaction; returns how many events it held (fewer than a full batch: none left). */
    private int publishBatch() {
        outbox.waitForTheRelayLock();
        List<NotificationOutbox.Pending> batch = outbox.next(BATCH);
        for (NotificationOutbox.Pending event : batch) {
            boolean sent = bridge.send(BINDING, MessageBuilder.withPayload(event.payload().getBytes(StandardCharsets.UTF_8))
                    .setHeader(KafkaHeaders.KEY, event.key())
                    .build(), MimeTypeUtils.APPLICATION_JSON);
            if (!sent) {
                throw new IllegalStateException("notification.events refused the event of outbox row " + event.id());
            }
        }
        if (!batch.isEmpty()) {
            outbox.markPublished(batch.stream().map(NotificationOutbox.Pending::id).toList(), clock.instant());
        }
        return batch.size();
    }
}
