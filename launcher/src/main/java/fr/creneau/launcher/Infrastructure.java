package fr.creneau.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the services stand on: PostgreSQL with one database each, and the Kafka broker, ours or running elsewhere. */
final class Infrastructure {

    private final StackBuilder settings;
    private final LeftOvers leftOvers;
    private final Path logDirectory;
    private Postgres postgres;
    private Broker broker;

    Infrastructure(StackBuilder settings, LeftOvers leftOvers, Path logDirectory) {
        this.settings = settings;
        this.leftOvers = leftOvers;
        this.logDirectory = logDirectory;
    }

    /** Starts (or reaches) PostgreSQL and creates the services' databases, then the broker and its topics. */
    void start() {
        postgres = startPostgres();
        postgres.processIds().stream().findFirst().ifPresent(pid -> leftOvers.record("postgresql", pid));
        postgres.createDatabases(databases());
        startBroker();
        Topics.ensure(broker.bootstrapServers());
    }

    /** Stops the broker, then PostgreSQL; safe to call twice. */
    void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    void stopBroker() {
        requireOwnBroker();
        broker.close();
    }

    void startBroker() {
        broker = settings.externalKafka != null ? externalBroker() : KafkaBrokerProcess.start(settings.dataDirectory,
                settings.kafkaPort, settings.kafkaControllerPort, settings.kafkaClasspath,
                logDirectory.resolve("kafka.log"), settings.startupTimeout);
        broker.processIds().forEach(pid -> leftOvers.record("kafka", pid));
    }

    void requireOwnBroker() {
        if (settings.externalKafka != null) {
            throw new IllegalStateException("the broker at " + settings.externalKafka + " is not this stack's");
        }
    }

    Postgres postgres() {
        return postgres;
    }

    Broker broker() {
        return broker;
    }

    String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** The processes of PostgreSQL and Kafka when they are ours, by part. */
    Map<String, List<Long>> processIds() {
        Map<String, List<Long>> pids = new LinkedHashMap<>();
        if (postgres != null && !postgres.processIds().isEmpty()) {
            pids.put("postgresql", postgres.processIds());
        }
        if (broker != null && !broker.processIds().isEmpty()) {
            pids.put("kafka", broker.processIds());
        }
        return pids;
    }

    private Postgres startPostgres() {
        if (settings.externalPostgres != null) {
            return settings.externalPostgres;
        }
        return EmbeddedPostgresServer.start(settings.dataDirectory.resolve("postgres"), settings.postgresPort,
                logDirectory.resolve("postgresql.log"), settings.postgresSettings);
    }

    private Broker externalBroker() {
        Broker.awaitReady(settings.externalKafka, Duration.ofSeconds(30), () -> true);
        return new ExternalBroker(settings.externalKafka);
    }

    private static List<String> databases() {
        List<String> names = new ArrayList<>();
        for (Service service : Service.values()) {
            if (service.database() != null) {
                names.add(service.database());
            }
        }
        return names;
    }
}
