package fr.creneau.benchmarks;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the machine itself allows, measured in the same run as the stack: one durable row update per transaction
 * on the stack's PostgreSQL (what a command that appends one event costs at least), acknowledged Kafka sends, and
 * the time a record takes from a producer to a consumer.
 */
final class MachineLimits {

    private static final Map<String, Object> PRODUCER = Map.of(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);

    private MachineLimits() {
    }

    /**
     * @param waitForTheDisk false: each client's session sets {@code synchronous_commit = off}, as the launcher's
     *                       PostgreSQL did (zonky's default) until 2026-12-02: the baseline of every earlier run
     */
    static LoadResult postgresSingleRowUpdates(String jdbcUrl, String user, String password, int clients,
                                               Duration duration, boolean waitForTheDisk) throws Exception {
        try (Connection setup = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS counter (id int PRIMARY KEY, value bigint NOT NULL)");
            statement.execute("INSERT INTO counter SELECT g, 0 FROM generate_series(1, 64) g ON CONFLICT DO NOTHING");
        }
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                if (!waitForTheDisk) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SET synchronous_commit = off");
                    }
                }
                connections.add(connection);
            }
            // each client its own connection and its own row: the limit measured is the commit, not a lock
            return Load.run(waitForTheDisk ? "PostgreSQL single-row UPDATE, autocommit"
                            : "PostgreSQL single-row UPDATE, autocommit, synchronous_commit off", clients, duration,
                    client -> () -> update(connections.get(client), client + 1));
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
        try (KafkaProducer<String, String> producer = producer(bootstrapServers)) {
            producer.send(new ProducerRecord<>("benchmark", "warm-up", "{}")).get();
            long start = System.nanoTime();
            long[] latencies = new long[messages];
            for (int i = 0; i < messages; i++) {
                long begin = System.nanoTime();
                producer.send(new ProducerRecord<>("benchmark", "key-" + (i % 16), "{\"n\":" + i + "}")).get();
                latencies[i] = System.nanoTime() - begin;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new LoadResult("Kafka send, acks=all, one at a time", 1, messages / seconds,
                    Percentiles.of(latencies), Map.of(200, (long) messages));
        }
    }

    /**
     * From a producer's send to a consumer's poll returning the record, one record at a time, each sent once the
     * previous one arrived: what a message from one service to another costs at the least.
     */
    static LoadResult kafkaProduceToConsume(String bootstrapServers, int messages) throws Exception {
        TopicPartition partition = new TopicPartition("benchmark-latency", 0);
        try (KafkaProducer<String, String> producer = producer(bootstrapServers);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                     ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                     ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            producer.send(new ProducerRecord<>(partition.topic(), 0, "warm-up", "0")).get();
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            long[] latencies = new long[messages];
            for (int i = 0; i < messages; i++) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(partition.topic(), 0, "key", Long.toString(sent)));
                latencies[i] = receive(consumer) - sent;
            }
            return new LoadResult("Kafka produce → consume, one at a time", 1, Double.NaN, Percentiles.of(latencies),
                    Map.of(200, (long) messages));
        }
    }

    private static long receive(KafkaConsumer<String, String> consumer) {
        while (true) {
            for (ConsumerRecord<String, String> ignored : consumer.poll(Duration.ofSeconds(5))) {
                return System.nanoTime();
            }
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>(PRODUCER);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return new KafkaProducer<>(config);
    }
}
