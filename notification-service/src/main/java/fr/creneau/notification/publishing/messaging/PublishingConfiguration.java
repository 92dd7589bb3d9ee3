package fr.creneau.notification.publishing.messaging;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Map;

/**
 * Runs the outbox relay's schedule, and gives it a producer of its own beside the binder's: it hands back a future
 * per record, which the relay waits for at the end of a batch. Same guarantees as the binder's: acks=all,
 * idempotent, so in order per key.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PublishingConfiguration {

    @Bean(destroyMethod = "destroy")
    DefaultKafkaProducerFactory<String, byte[]> outboxProducerFactory(
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers) {
        return new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.CLIENT_ID_CONFIG, "notification-outbox-relay",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @Bean
    KafkaTemplate<String, byte[]> outboxKafka(DefaultKafkaProducerFactory<String, byte[]> outboxProducerFactory) {
        return new KafkaTemplate<>(outboxProducerFactory);
    }
}
