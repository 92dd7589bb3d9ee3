package fr.creneau.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform on one machine: PostgreSQL with one database per service (and the gateway's, for the agents'
 * accounts), a Kafka broker, then the five services as child processes. {@link #stop()} undoes it in the reverse order.
 */
public final class Stack implements AutoCloseable {

    private final StackBuilder settings;
    private final Path logDirectory;
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private final LeftOvers leftOvers;
    private Postgres postgres;
    private Broker broker;
    private Duration startupTime;

    Stack(StackBuilder settings) {
        this.settings = settings;
        this.logDirectory = settings.dataDirectory.resolve("logs");
        this.leftOvers = new LeftOvers(settings.dataDirectory);
    }

    public static StackBuilder builder() {
        return new StackBuilder();
    }

    /** Starts everything and returns once every service reports UP; on failure stops what it started. */
    public synchronized Stack start() {
        Instant begin = Instant.now();
        requireArchives();
        try {
            leftOvers.endAll();
            postgres = startPostgres();
            postgres.processIds().stream().findFirst().ifPresent(pid -> leftOvers.record("postgresql", pid));
            postgres.createDatabases(databases());
            broker = startBroker();
            broker.processIds().forEach(pid -> leftOvers.record("kafka", pid));
            Topics.ensure(broker.bootstrapServers());
            for (Service service : Service.values()) {
                ServiceProcess process = ServiceProcess.start(service, settings.rootDirectory, settings.jvmOptions,
                        settings.ports.get(service), environmentOf(service), logFile(service.module()));
                services.put(service, process);
                leftOvers.record(service.module(), process.pid());
            }
            Instant deadline = Instant.now().plus(settings.startupTimeout);
            services.values().forEach(service -> service.awaitUp(deadline));
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        startupTime = Duration.between(begin, Instant.now());
        return this;
    }

    /** Stops the gateway, then the services, then Kafka, then PostgreSQL. Safe to call twice. */
    public synchronized void stop() {
        ServiceProcess gateway = services.remove(Service.GATEWAY);
        if (gateway != null) {
            gateway.requestStop();
            gateway.awaitExit(20);
        }
        services.values().forEach(ServiceProcess::requestStop);
        services.values().forEach(service -> service.awaitExit(30));
        services.clear();
        if (broker != null) {
            broker.close();
            broker = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        leftOvers.forgetAll();
    }

    @Override
    public void close() {
        stop();
    }

    public String url(Service service) {
        return "http://localhost:" + settings.ports.get(service);
    }

    public String gatewayUrl() {
        return url(Service.GATEWAY);
    }

    public Path dataDirectory() {
        return settings.dataDirectory;
    }

    public Path logDirectory() {
        return logDirectory;
    }

    public String kafkaBootstrapServers() {
        return broker.bootstrapServers();
    }

    public String jdbcUrl(Service service) {
        return postgres.jdbcUrl(service.database());
    }

    /** A scratch database on the stack's server (created if missing), e.g. to measure the server itself. */
    public String scratchDatabase(String name) {
        postgres.createDatabases(List.of(name));
        return postgres.jdbcUrl(name);
    }

    public String databaseUser() {
        return postgres.user();
    }

    public String databasePassword() {
        return postgres.password();
    }

    /** From {@link #start()} to the last service UP. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Resident memory (RSS) of each part we run, PostgreSQL counting all its processes, in kibibytes. */
    public synchronized Map<String, Long> residentMemory() {
        Map<String, Long> memory = new LinkedHashMap<>();
        processIds().forEach((part, pids) -> memory.put(part, ResidentMemory.kibibytes(pids)));
        return memory;
    }

    /** Sum of {@link #residentMemory()}: shared pages count once per process, so it overstates PostgreSQL. */
    public long residentMemoryTotal() {
        return residentMemory().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Proportional memory (PSS) of all our processes: each shared page counted once, in kibibytes. */
    public synchronized long proportionalMemoryTotal() {
        return processIds().values().stream().mapToLong(ResidentMemory::proportionalKibibytes).sum();
    }

    /** The processes of each part we run (none for an external database or broker). */
    public synchronized Map<String, List<Long>> processIds() {
        Map<String, List<Long>> pids = new LinkedHashMap<>();
        if (postgres != null && !postgres.processIds().isEmpty()) {
            pids.put("postgresql", postgres.processIds());
        }
        if (broker != null && !broker.processIds().isEmpty()) {
            pids.put("kafka", broker.processIds());
        }
        services.values().forEach(service -> pids.put(service.service().module(), List.of(service.pid())));
        return pids;
    }

    private void requireArchives() {
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            Path jar = ServiceProcess.jar(settings.rootDirectory, service);
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Archive introuvable : " + String.join(", ", missing)
                    + " (construisez-les avec ./mvnw -B -DskipTests package)");
        }
    }

    private Postgres startPostgres() {
        if (settings.externalPostgres != null) {
            return settings.externalPostgres;
        }
        return EmbeddedPostgresServer.start(settings.dataDirectory.resolve("postgres"), settings.postgresPort,
                logFile("postgresql"), settings.postgresSettings);
    }

    private Broker startBroker() {
        if (settings.externalKafka != null) {
            Broker.awaitReady(settings.externalKafka, Duration.ofSeconds(30), () -> true);
            return new ExternalBroker(settings.externalKafka);
        }
        return KafkaBrokerProcess.start(settings.dataDirectory, settings.kafkaPort, settings.kafkaControllerPort,
                settings.kafkaClasspath, logFile("kafka"), Duration.ofSeconds(60));
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

    private Map<String, String> environmentOf(Service service) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PORT", Integer.toString(settings.ports.get(service)));
        environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        environment.put("DATABASE_URL", postgres.jdbcUrl(service.database()));
        environment.put("DATABASE_USER", postgres.user());
        environment.put("DATABASE_PASSWORD", postgres.password());
        if (service.isBackend()) {
            environment.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            // on one machine, four pools keeping 10 idle connections each cost PostgreSQL some 40 idle backends
            environment.put("SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE", "2");
        } else {
            for (Service backend : Service.values()) {
                if (backend.isBackend()) {
                    environment.put(backend.urlVariable(), "http://127.0.0.1:" + settings.ports.get(backend));
                }
            }
        }
        if (service == Service.BOOKING && System.getenv("BOOKING_CODE_SECRET") == null) {
            environment.put("BOOKING_CODE_SECRET", GeneratedSecret.in(settings.dataDirectory, "booking-code-secret"));
        }
        if (service == Service.NOTIFICATION && System.getenv("PORTAL_URL") == null) {
            // the links in the messages lead to the gateway, wherever this stack put it
            environment.put("PORTAL_URL", url(Service.GATEWAY));
        }
        environment.putAll(settings.sharedEnvironment);
        environment.putAll(settings.serviceEnvironment.get(service));
        return environment;
    }

    private Path logFile(String name) {
        return logDirectory.resolve(name + ".log");
    }
}
