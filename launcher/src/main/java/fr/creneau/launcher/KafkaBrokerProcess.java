package fr.creneau.launcher;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one process), run from the kafka_2.13 jars on our
 * own classpath. Its storage is formatted the first time only, so topics and offsets survive a restart.
 */
final class KafkaBrokerProcess implements Broker {

    private static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC");

    /**
     * Threads sized for one small machine rather than Kafka's defaults (3 network, 8 request handlers, made for a
     * server of many cores): a produce with acks=all on one replica completes at once and a waiting fetch holds no
     * thread, so two handlers keep up with the platform's few clients, and fewer threads contend for two cores.
     */
    private static final int NETWORK_THREADS = 2;
    private static final int IO_THREADS = 2;

    /**
     * The controller appends a no-op record to the metadata log when it has written nothing for this long, so that
     * brokers see their metadata is current: Kafka's 500 ms made the raft thread a tenth of the broker's CPU in a
     * reservation rush (JFR, 2026-12-02). A broker's liveness is its heartbeats, not these records.
     */
    private static final int METADATA_IDLE_MS = 5000;

    private final ChildProcess process;
    private final int port;

    private KafkaBrokerProcess(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static KafkaBrokerProcess start(Path dataDirectory, int port, int controllerPort, String classpath,
                                    Path logFile, Duration timeout) {
        Path storage = dataDirectory.resolve("kafka");
        Path config = dataDirectory.resolve("config");
        Path properties = config.resolve("kafka-server.properties");
        Path logging = config.resolve("kafka-logback.xml");
        writeConfiguration(storage, properties, logging, port, controllerPort);
        List<String> java = javaCommand(classpath, logging);
        if (!Files.exists(storage.resolve("meta.properties"))) {
            format(java, properties, logFile);
        }
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("kafka.Kafka", properties.toString()));
        ChildProcess process = ChildProcess.start("kafka", command, Map.of(), dataDirectory, logFile);
        KafkaBrokerProcess broker = new KafkaBrokerProcess(process, port);
        try {
            Broker.awaitReady(broker.bootstrapServers(), timeout, process::isAlive);
        } catch (RuntimeException e) {
            process.stop(10);
            throw new IllegalStateException(e.getMessage() + System.lineSeparator() + process.logTail(20), e);
        }
        return broker;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public List<Long> processIds() {
        return process.isAlive() ? List.of(process.pid()) : List.of();
    }

    @Override
    public void close() {
        process.stop(30);
    }

    private static List<String> javaCommand(String classpath, Path logging) {
        List<String> command = new ArrayList<>();
        command.add(Java.executable());
        command.addAll(JVM_OPTIONS);
        command.add("-Dlogback.configurationFile=" + logging);
        command.addAll(List.of("-cp", classpath));
        return command;
    }

    private static void format(List<String> java, Path properties, Path logFile) {
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("kafka.tools.StorageTool", "format", "--ignore-formatted",
                "-t", Uuid.randomUuid().toString(), "-c", properties.toString()));
        ChildProcess format = ChildProcess.start("kafka-storage-format", command, Map.of(),
                properties.getParent(), logFile);
        format.awaitExit(60);
        if (format.exitValue() != 0) {
            throw new IllegalStateException("Le formatage du stockage Kafka a échoué :" + System.lineSeparator()
                    + format.logTail(20));
        }
    }

    private static void writeConfiguration(Path storage, Path properties, Path logging, int port, int controllerPort) {
        String listeners = """
                process.roles=broker,controller
                node.id=1
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                controller.quorum.voters=1@127.0.0.1:%2$d
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=10
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                group.initial.rebalance.delay.ms=0
                num.network.threads=%4$d
                num.io.threads=%5$d
                metadata.max.idle.interval.ms=%6$d
                """.formatted(port, controllerPort, storage, NETWORK_THREADS, IO_THREADS, METADATA_IDLE_MS);
        try (InputStream logback = KafkaBrokerProcess.class.getResourceAsStream("kafka-logback.xml")) {
            Files.createDirectories(storage);
            Files.createDirectories(properties.getParent());
            Files.writeString(properties, listeners);
            Files.copy(logback, logging, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible d'écrire la configuration de Kafka", e);
        }
    }
}
