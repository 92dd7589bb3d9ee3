package fr.creneau.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads and writes a topic of the test broker as raw JSON, the way another service would see it. Reads from the
 * beginning of the topic with a group of its own.
 */
public final class KafkaProbe implements AutoCloseable {

    private static final ObjectMapper json = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public KafkaProbe(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(List.of(topic));
    }

    /** Waits until a record whose JSON value matches arrives, and returns it. */
    public ConsumerRecord<String, String> await(Predicate<JsonNode> matching, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : seen) {
                if (record.value() != null && matching.test(parse(record.value()))) {
                    return record;
                }
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        throw new AssertionError("no matching record within " + timeout + "; seen: " + seen.stream()
                .map(ConsumerRecord::value).toList());
    }

    /** Every record read so far, after polling for {@code quiet}. */
    public List<ConsumerRecord<String, String>> drain(Duration quiet) {
        Instant deadline = Instant.now().plus(quiet);
        while (Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    public static JsonNode parse(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON: " + value, e);
        }
    }

    /** Sends raw JSON, as another service would, and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String jsonValue) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, key, jsonValue)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
