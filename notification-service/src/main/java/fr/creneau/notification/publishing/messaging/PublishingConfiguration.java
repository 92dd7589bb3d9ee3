package fr.creneau.notification.publishing.messaging;

import fr.creneau.platform.messaging.OwnProducers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the outbox relay's schedule, and gives it a producer of its own beside the binder's: it hands back a future
 * per record, which the relay waits for at the end of a batch. Same guarantees as the binder's
 * ({@link OwnProducers}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PublishingConfiguration {

    @Bean(destroyMethod = "destroy")
    DefaultKafkaProducerFactory<String, byte[]> outboxProducerFactory(
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers) {
        return new DefaultKafkaProducerFactory<>(OwnProducers.settings(brokers, "notification-outbox-relay"));
    }

    @Bean
    KafkaTemplate<String, byte[]> outboxKafka(DefaultKafkaProducerFactory<String, byte[]> outboxProducerFactory) {
        return new KafkaTemplate<>(outboxProducerFactory);
    }
}
