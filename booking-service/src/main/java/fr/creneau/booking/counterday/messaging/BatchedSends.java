package fr.creneau.booking.counterday.messaging;

import fr.creneau.platform.messaging.OwnProducers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The publisher's sends to Kafka, without waiting for each one: the batch of events being published waits for all
 * of its sends before its position in the event store is stored (prepare-commit of its unit of work). A record
 * Kafka did not take fails the batch, which the processor publishes again, in the same order; consumers skip by
 * event id what they already had, and a contact record replaces itself. Sent one at a time, each waiting for its
 * acknowledgement, a rush of holds was published more slowly than it was made.
 */
@Component
class BatchedSends {

    private static final String SENDS = BatchedSends.class.getName();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final KafkaTemplate<String, byte[]> kafka;
    private final ObjectMapper json;

    BatchedSends(KafkaTemplate<String, byte[]> publisherKafka, ObjectMapper json) {
        this.kafka = publisherKafka;
        this.json = json;
    }

    /** Sends a record; what the batch sent is waited for before its position is stored. */
    CompletableFuture<?> send(String topic, String key, Object payload) {
        CompletableFuture<?> sent = kafka.send(topic, key, bytes(payload));
        pending().add(sent);
        return sent;
    }

    /** Waits until Kafka took these records (sent in this batch). */
    static void await(List<CompletableFuture<?>> sends) {
        OwnProducers.awaitAll(sends, TIMEOUT, "Kafka");
    }

    private List<CompletableFuture<?>> pending() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(SENDS, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            root.onPrepareCommit(unitOfWork -> await(sends));
            return sends;
        });
    }

    private byte[] bytes(Object payload) {
        try {
            return json.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + payload.getClass().getSimpleName(), e);
        }
    }
}
