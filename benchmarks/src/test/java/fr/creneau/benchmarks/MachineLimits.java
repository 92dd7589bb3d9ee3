package fr.creneau.benchmarks;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the machine itself allows, measured in the same run as the stack: one durable row update per transaction
 * on the stack's PostgreSQL (what a command that appends one event costs at least), and acknowledged Kafka sends.
 */
final class MachineLimits {

    private MachineLimits() {
    }

    static LoadResult postgresSingleRowUpdates(String jdbcUrl, String user, String password, int clients,
                                               Duration duration) throws Exception {
        try (Connection setup = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS counter (id int PRIMARY KEY, value bigint NOT NULL)");
            statement.execute("INSERT INTO counter SELECT g, 0 FROM generate_series(1, 64) g ON CONFLICT DO NOTHING");
        }
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                connections.add(DriverManager.getConnection(jdbcUrl, user, password));
            }
            // each client its own connection and its own row: the limit measured is the commit, not a lock
            AtomicInteger next = new AtomicInteger();
            ThreadLocal<Integer> client = ThreadLocal.withInitial(next::getAndIncrement);
            return Load.run("PostgreSQL single-row UPDATE, autocommit", clients, duration,
                    () -> update(connections.get(client.get()), client.get() + 1));
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static int update(Connection connection, int id) {
        try (PreparedStatement update = connection.prepareStatement("UPDATE counter SET value = value + 1 WHERE id = ?")) {
            update.setInt(1, id);
            update.executeUpdate();
            return 200;
        } catch (SQLException e) {
            return 500;
        }
    }

    /** Sends one after another, each waiting for its acknowledgement (acks=all, idempotent), as a service does. */
    static LoadResult kafkaAcknowledgedSends(String bootstrapServers, int messages) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>("benchmark", "warm-up", "{}")).get();
            long start = System.nanoTime();
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < messages; i++) {
                long begin = System.nanoTime();
                Future<?> sent = producer.send(new ProducerRecord<>("benchmark", "key-" + (i % 16), "{\"n\":" + i + "}"));
                sent.get();
                latencies.add(System.nanoTime() - begin);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            latencies.sort(Long::compare);
            return new LoadResult("Kafka send, acks=all, one at a time", 1, messages, messages / seconds,
                    latencies.get(messages / 2) / 1e6, latencies.get((int) (messages * 0.99)) / 1e6,
                    Map.of(200, (long) messages));
        }
    }
}
