package fr.creneau.booking.onetimecode.adapter;

import fr.creneau.booking.api.OneTimeCode;
import fr.creneau.platform.messaging.OwnProducers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Sends a code's record and waits for the broker: a failed send throws. A plain producer of its own rather than the
 * binder's StreamBridge, whose per-message conversion and header mapping were 8 % of booking-service's CPU in a rush
 * of reservations, and whose destination lookup is a lock the reservations waited on (JFR). Same guarantees as the
 * binder's ({@link OwnProducers}); same record: the code's JSON under the appointment's id, on the binding's topic
 * (the binding is still declared, so that the topic gets its settings).
 */
@Component
public class CodeRecords implements DisposableBean {

    private final KafkaProducer<String, byte[]> producer;
    private final ObjectMapper json;
    private final String topic;

    CodeRecords(@Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
            @Value("${spring.cloud.stream.bindings.otp-out-0.destination}") String topic, ObjectMapper json) {
        // the binder's timeouts: with the broker down, a reservation answers 503 within 8 s (fault tests)
        Map<String, Object> settings = new HashMap<>(OwnProducers.settings(brokers, "booking-one-time-codes"));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8000);
        this.producer = new KafkaProducer<>(settings);
        this.json = json;
        this.topic = topic;
    }

    public void send(String appointmentId, OneTimeCode code) {
        try {
            producer.send(new ProducerRecord<>(topic, appointmentId, json.writeValueAsBytes(code))).get();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the code's record", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not take the code's record " + appointmentId, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }

    @Override
    public void destroy() {
        producer.close(Duration.ofSeconds(5));
    }
}
