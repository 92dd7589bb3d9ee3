package fr.creneau.notification.publishing.messaging;

import fr.creneau.notification.api.NotificationEvent;
import fr.creneau.notification.publishing.command.NotificationOutbox;
import fr.creneau.platform.messaging.OwnProducers;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Publishes the outbox in order, a batch at a time: its records are sent together on the relay's own producer
 * (acks=all, idempotent: in order), and the batch is marked published only once the broker acknowledged every one
 * of them. A crash in between publishes the same events again, under the same ids: consumers are idempotent by event
 * id. A broker that refuses, or does not answer within a minute, rolls the batch back; the next run tries again.
 * A send per record through the binder, each waiting for its acknowledgement, cost a round trip and the binder's
 * per-message work for every SMS.
 * <p>
 * It runs every {@code creneau.notification.outbox-interval} (1 s) on every instance of the service; a PostgreSQL
 * advisory lock lets one relay at a time through, so the events leave in outbox order. It is a Spring schedule
 * rather than a db-scheduler task on purpose: it only sweeps a table, and tests that move db-scheduler's clock
 * forward would otherwise push its next run days away.
 */
@Component
class OutboxRelay {

    private static final int BATCH = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration KEPT = Duration.ofDays(7);

    private final NotificationOutbox outbox;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OutboxRelay(NotificationOutbox outbox, KafkaTemplate<String, byte[]> outboxKafka, Clock clock,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.kafka = outboxKafka;
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
        if (!batch.isEmpty()) {
            OwnProducers.awaitAll(batch.stream().map(event -> kafka.send(NotificationEvent.TOPIC, event.key(),
                    event.payload().getBytes(StandardCharsets.UTF_8))).toList(), TIMEOUT, NotificationEvent.TOPIC);
            outbox.markPublished(batch.stream().map(NotificationOutbox.Pending::id).toList(), clock.instant());
        }
        return batch.size();
    }
}
