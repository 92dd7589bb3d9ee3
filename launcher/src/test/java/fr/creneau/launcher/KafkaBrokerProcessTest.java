package fr.creneau.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerProcessTest {

    @TempDir
    Path data;

    @Test
    void theBrokerIsFormattedOnceAndKeepsItsTopicsAcrossRestarts() throws Exception {
        int port = freePort();
        int controllerPort = freePort();
        try (Broker broker = start(port, controllerPort)) {
            try (Admin admin = admin(broker)) {
                admin.createTopics(List.of(new NewTopic("booking.events", 1, (short) 1))).all().get();
            }
        }

        try (Broker broker = start(port, controllerPort)) {
            assertThat(broker.processIds()).hasSize(1);
            try (Admin admin = admin(broker)) {
                Set<String> topics = admin.listTopics().names().get();
                assertThat(topics).contains("booking.events");
            }
        }
    }

    @Test
    void theBrokerRunsWithThreadsAndMetadataRecordsSizedForOneSmallMachine() throws Exception {
        try (Broker broker = start(freePort(), freePort()); Admin admin = admin(broker)) {
            ConfigResource node = new ConfigResource(ConfigResource.Type.BROKER, "1");
            Config config = admin.describeConfigs(List.of(node)).all().get().get(node);

            assertThat(config.get("num.network.threads").value()).isEqualTo("2");
            assertThat(config.get("num.io.threads").value()).isEqualTo("2");
            assertThat(config.get("metadata.max.idle.interval.ms").value()).isEqualTo("5000");
        }
    }

    @Test
    void stoppingTheBrokerEndsItsProcess() throws Exception {
        Broker broker = start(freePort(), freePort());
        long pid = broker.processIds().get(0);

        broker.close();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    private Broker start(int port, int controllerPort) {
        return KafkaBrokerProcess.start(data, port, controllerPort, System.getProperty("java.class.path"),
                data.resolve("logs/kafka.log"), Duration.ofSeconds(60));
    }

    private static Admin admin(Broker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
