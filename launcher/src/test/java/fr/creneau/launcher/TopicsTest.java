package fr.creneau.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    @TempDir
    static Path data;

    static Broker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBrokerProcess.start(data, freePort(), freePort(), System.getProperty("java.class.path"),
                data.resolve("logs/kafka.log"), Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void contactDetailsGoToACompactedTopicSoThatTheyCanBeErased() throws Exception {
        Topics.ensure(broker.bootstrapServers());

        assertThat(config("booking.contacts").get("cleanup.policy").value()).isEqualTo("compact");
        assertThat(config("booking.contacts").get("min.compaction.lag.ms").value()).isEqualTo("0");
        assertThat(config("notification.otp").get("retention.ms").value()).isEqualTo("3600000");
        assertThat(config("stats.appointments").get("cleanup.policy").value()).isEqualTo("compact");
    }

    @Test
    void theTopicsTheStatisticsAreRebuiltFromAreKeptForever() throws Exception {
        Topics.ensure(broker.bootstrapServers());

        for (String topic : List.of("planning.events", "booking.events", "notification.events",
                "voice.calls")) {
            Config config = config(topic);
            assertThat(config.get("retention.ms").value()).as(topic).isEqualTo("-1");
            assertThat(config.get("cleanup.policy").value()).as(topic).isEqualTo("delete");
        }
    }

    @Test
    void ensuringTwiceKeepsTheTopicsAsTheyAre() throws Exception {
        Topics.ensure(broker.bootstrapServers());
        Topics.ensure(broker.bootstrapServers());

        try (Admin admin = admin()) {
            assertThat(admin.listTopics().names().get()).contains("planning.events", "booking.events",
                    "booking.contacts", "notification.otp", "notification.events", "stats.appointments");
            assertThat(admin.describeTopics(List.of("booking.events")).allTopicNames().get()
                    .get("booking.events").partitions()).hasSize(3);
        }
    }

    private static Config config(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = admin()) {
            return admin.describeConfigs(List.of(resource)).all().get().get(resource);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
