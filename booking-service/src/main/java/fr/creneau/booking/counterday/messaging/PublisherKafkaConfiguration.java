package fr.creneau.booking.counterday.messaging;

import fr.creneau.platform.messaging.OwnProducers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The publisher's own producer, beside the binder's: it hands back a future per record, which {@link BatchedSends}
 * waits for at the end of a batch. Same guarantees as the binder's ({@link OwnProducers}).
 */
@Configuration(proxyBeanMethods = false)
class PublisherKafkaConfiguration {

    @Bean(destroyMethod = "destroy")
    DefaultKafkaProducerFactory<String, byte[]> publisherProducerFactory(
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers) {
        return new DefaultKafkaProducerFactory<>(OwnProducers.settings(brokers, "booking-events-publisher"));
    }

    @Bean
    KafkaTemplate<String, byte[]> publisherKafka(DefaultKafkaProducerFactory<String, byte[]> publisherProducerFactory) {
        return new KafkaTemplate<>(publisherProducerFactory);
    }
}
