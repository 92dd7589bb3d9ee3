package fr.creneau.planning;

import fr.creneau.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

class PublishingRetryTest extends PlanningIntegrationTest {

    @Test
    void aStoredEventStillReachesKafkaAfterTheBrokerRefusedItTwice() {
        AtomicInteger refusals = new AtomicInteger();
        doAnswer(invocation -> {
            if (refusals.getAndIncrement() < 2) {
                throw new IllegalStateException("broker unreachable");
            }
            return invocation.callRealMethod();
        }).when(streamBridge).send(anyString(), any(Message.class));

        String communeId = createCommune(uniqueSlug("outage"));

        try (KafkaProbe probe = new KafkaProbe("planning.events")) {
            ConsumerRecord<String, String> record = probe.await(event ->
                    event.path("type").asText().equals("CommuneChanged.v1")
                            && event.path("communeId").asText().equals(communeId), Duration.ofSeconds(90));
            assertThat(record.key()).isEqualTo(communeId);
        }
        assertThat(refusals.get()).isGreaterThanOrEqualTo(3);
    }
}
