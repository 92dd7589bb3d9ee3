package fr.creneau.notification.deadletter.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/** Publishes on the dead-letter topic, with the same headers the Kafka binder puts on the records it gives up on. */
@Component
public class DeadLetterPublisher {

    public static final String TOPIC = "notification.dlq";
    public static final String SOURCE = "x-original-topic";
    public static final String ERROR = "x-exception-message";

    private final StreamBridge bridge;
    private final ObjectMapper json;

    DeadLetterPublisher(StreamBridge bridge, ObjectMapper json) {
        this.bridge = bridge;
        this.json = json;
    }

    public void publish(String source, String key, Object payload, String error) {
        try {
            bridge.send("deadLetters-out-0", MessageBuilder.withPayload(json.writeValueAsBytes(payload))
                    .setHeader(KafkaHeaders.KEY, key)
                    .setHeader(SOURCE, source)
                    .setHeader(ERROR, error)
                    .build());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("dead letter cannot be written as JSON", e);
        }
    }
}
