package fr.creneau.booking.counterday.messaging;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.Map;

/**
 * The publisher's own producer, beside the binder's: it hands back a future per record, which {@link BatchedSends}
 * waits for at the end of a batch. Same guarantees as the binder's: acks=all, idempotent, so in order per key.
 */
@Configuration(proxyBeanMethods = false)
class PublisherKafkaConfiguration {

    @Bean(destroyMethod = "destroy")
    DefaultKafkaProducerFactory<String, byte[]> publisherProducerFactory(
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers) {
        return new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.CLIENT_ID_CONFIG, "booking-events-publisher",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @Bean
    KafkaTemplate<String, byte[]> publisherKafka(DefaultKafkaProducerFactory<String, byte[]> publisherProducerFactory) {
        return new KafkaTemplate<>(publisherProducerFactory);
    }
}
