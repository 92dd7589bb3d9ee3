package fr.creneau.stats.shared.messaging;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

import java.util.Map;

/**
 * What becomes of a record that fails on a batch binding (booking.events, notification.events): the binder retries
 * and dead-letters only whole batches there, so its container's error handler does it per record instead, with the
 * binding's retry settings (10 attempts, 0.5 s doubling up to 30 s: about two minutes, enough for a database or
 * broker restart), then sends the record to {@code error.<topic>.<group>} (error.booking.events.stats-service), as
 * the binder did. Named by each binding's {@code common-error-handler-bean-name}; {@link EventBatches} tells it
 * which record failed.
 */
@Configuration(proxyBeanMethods = false)
class ConsumerFailures {

    @Bean
    CommonErrorHandler bookingEventsFailures(Retries retries,
            @Value("${spring.cloud.stream.bindings.bookingEvents-in-0.group}") String group) {
        return retries.thenDeadLetter(group);
    }

    @Bean
    CommonErrorHandler notificationEventsFailures(Retries retries,
            @Value("${spring.cloud.stream.bindings.notificationEvents-in-0.group}") String group) {
        return retries.thenDeadLetter(group);
    }

    @Bean
    Retries consumerRetries(@Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
            @Value("${creneau.stats.consumer.max-attempts:10}") int maxAttempts,
            @Value("${creneau.stats.consumer.back-off-initial-interval:500}") long initialInterval,
            @Value("${creneau.stats.consumer.back-off-max-interval:30000}") long maxInterval) {
        KafkaTemplate<byte[], byte[]> deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
        return new Retries(deadLetters, maxAttempts, initialInterval, maxInterval);
    }

    /** The retries of a failing record, then its dead letter to error.<topic>.<group>, the binder's name for it. */
    record Retries(KafkaTemplate<byte[], byte[]> deadLetters, int maxAttempts, long initialInterval,
            long maxInterval) {

        CommonErrorHandler thenDeadLetter(String group) {
            DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                    (record, failure) -> new TopicPartition("error." + record.topic() + "." + group, -1));
            ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(maxAttempts - 1);
            backOff.setInitialInterval(initialInterval);
            backOff.setMaxInterval(maxInterval);
            backOff.setMultiplier(2.0);
            return new DefaultErrorHandler(recoverer, backOff);
        }
    }
}
