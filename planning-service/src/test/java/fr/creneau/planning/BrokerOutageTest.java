package fr.creneau.planning;

import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaZKBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts and stores while no broker answers; what it stored reaches Kafka once a broker is there. The
 * late broker runs in ZooKeeper mode only because the embedded KRaft broker cannot be given a port in advance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokerOutageTest {

    private static final int KAFKA_PORT = freePort();
    private static EmbeddedKafkaZKBroker lateBroker;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "outage");
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> "localhost:" + KAFKA_PORT);
    }

    @AfterAll
    static void stopBroker() {
        if (lateBroker != null) {
            lateBroker.destroy();
        }
    }

    @Test
    void aCommuneCreatedWhileTheBrokerIsDownIsPublishedWhenItComesBack() throws Exception {
        String slug = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        String created = RestClient.create("http://localhost:" + port).post().uri("/api/planning/communes")
                .headers(headers -> headers.addAll(AgentHeaders.platformAdmin())).contentType(MediaType.APPLICATION_JSON).body(Map.of("slug", slug, "name", "Panne"))
                .retrieve().body(String.class);
        assertThat(created).contains(slug);
        Thread.sleep(3000);

        lateBroker = new EmbeddedKafkaZKBroker(1, false, 1).kafkaPorts(KAFKA_PORT);
        lateBroker.afterPropertiesSet();

        assertThat(awaitValueContaining(slug, Duration.ofSeconds(60))).contains("\"type\":\"CommuneChanged.v1\"");
    }

    private static String awaitValueContaining(String text, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + KAFKA_PORT,
                ConsumerConfig.GROUP_ID_CONFIG, "outage-probe",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("planning.events"));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value().contains(text)) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("nothing about " + text + " on planning.events within " + timeout);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
