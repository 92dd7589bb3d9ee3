package fr.creneau.booking.shared.adapter;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/**
 * Sends one record with its key through the binder and waits for the broker (booking.contacts): a
 * failed send throws. The publisher of booking.events has its own producer
 * ({@link BatchedSends}).
 */
@Component
public class KafkaPublisher {

    public static final String BOOKING_CONTACTS = "bookingContacts-out-0";

    private final StreamBridge bridge;

    KafkaPublisher(StreamBridge bridge) {
        this.bridge = bridge;
    }

    public void send(String binding, String key, Object payload) {
        boolean sent = bridge.send(binding, MessageBuilder.withPayload(payload)
                .setHeader(KafkaHeaders.KEY, key)
                .build(), MimeTypeUtils.APPLICATION_JSON);
        if (!sent) {
            throw new IllegalStateException("Kafka did not take the record " + key + " on " + binding);
        }
    }

    /** A record with a null value: on a compacted topic, it erases what the key held. */
    public void tombstone(String binding, String key) {
        boolean sent = bridge.send(binding, MessageBuilder.withPayload(KafkaNull.INSTANCE)
                .setHeader(KafkaHeaders.KEY, key)
                .build());
        if (!sent) {
            throw new IllegalStateException("Kafka did not take the tombstone " + key + " on " + binding);
        }
    }
}
