package fr.creneau.benchmarks;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Kafka's own produce → consume time <em>while the stack is under load</em>: one record every
 * {@link #INTERVAL}, sent once the previous one arrived, during a window of reservations. Beside the idle
 * measurement of {@link MachineLimits#kafkaProduceToConsume}, it says what the transport itself takes when the two
 * cores are busy with the reservations, so that the code's way to the SMS can be compared with the transport under
 * the same load. Twenty records a second add little to the window's work (its reservations send several each).
 */
final class KafkaProbe implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofMillis(50);

    private final TopicPartition partition = new TopicPartition("benchmark-probe", 0);
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;

    private KafkaProbe(String bootstrapServers) throws Exception {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        producer.send(new ProducerRecord<>(partition.topic(), 0, "warm-up", "0")).get();
        consumer.assign(List.of(partition));
        consumer.seekToEnd(List.of(partition));
        consumer.position(partition);
        thread = new Thread(this::ping, "kafka-probe");
        thread.setDaemon(true);
    }

    /** Starts pinging; {@link #stop} gives what was measured. */
    static KafkaProbe start(String bootstrapServers) throws Exception {
        KafkaProbe probe = new KafkaProbe(bootstrapServers);
        probe.thread.start();
        return probe;
    }

    LoadResult stop(String name) throws InterruptedException {
        running.set(false);
        thread.join(TimeUnit.SECONDS.toMillis(10));
        return new LoadResult(name, 1, Double.NaN, Percentiles.ofNanos(latencies), Map.of(200, (long) latencies.size()));
    }

    private void ping() {
        while (running.get()) {
            long sent = System.nanoTime();
            producer.send(new ProducerRecord<>(partition.topic(), 0, "key", Long.toString(sent)));
            while (running.get() && consumer.poll(Duration.ofMillis(200)).isEmpty()) {
                // the record is on its way; a poll that ends with nothing is only a turn of the loop
            }
            long arrived = System.nanoTime();
            if (running.get()) {
                latencies.add(arrived - sent);
            }
            long rest = INTERVAL.toNanos() - (arrived - sent);
            if (rest > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(rest);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
        consumer.close();
    }
}
