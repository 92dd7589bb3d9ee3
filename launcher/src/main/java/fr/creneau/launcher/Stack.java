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
 * accounts), a Kafka broker, then the five services as child processes, one of each unless
 * {@link StackBuilder#instances(Service, int)} asks for more. {@link #stop()} undoes it in the reverse order.
 */
public final class Stack implements AutoCloseable {

    /** The platform administrator's password the gateway gets when none is given: printed, for a laptop only. */
    static final String DEVELOPMENT_ADMIN_PASSWORD = "creneau-admin";

    private final StackBuilder settings;
    private final Path logDirectory;
    private final Map<Service, List<Instance>> instances = new EnumMap<>(Service.class);
    private final List<ServiceProcess> services = new ArrayList<>();
    private final LeftOvers leftOvers;
    private Postgres postgres;
    private Broker broker;
    private Duration startupTime;
    private String identityKey;

    Stack(StackBuilder settings) {
        this.settings = settings;
        this.logDirectory = settings.dataDirectory.resolve("logs");
        this.leftOvers = new LeftOvers(settings.dataDirectory);
        for (Service service : Service.values()) {
            List<Instance> ofService = new ArrayList<>();
            String host = service == Service.GATEWAY ? settings.gatewayHost() : StackBuilder.LOOPBACK;
            ofService.add(new Instance(service, 1, host, settings.ports.get(service), settings.gatewayManagementPort));
            for (int number = 2; number <= settings.instances.get(service); number++) {
                ofService.add(new Instance(service, number, host, StackBuilder.freePort(), StackBuilder.freePort()));
            }
            instances.put(service, List.copyOf(ofService));
        }
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
            identityKey = settings.identityKey != null ? settings.identityKey
                    : GeneratedSecret.identityKey(settings.dataDirectory);
            for (Service service : Service.values()) {
                instances.get(service).forEach(this::startInstance);
            }
            Instant deadline = Instant.now().plus(settings.startupTimeout);
            services.forEach(service -> service.awaitUp(deadline));
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        startupTime = Duration.between(begin, Instant.now());
        return this;
    }

    /** Stops the gateways, then the services, then Kafka, then PostgreSQL. Safe to call twice. */
    public synchronized void stop() {
        List<ServiceProcess> gateways = services.stream()
                .filter(process -> process.instance().service() == Service.GATEWAY).toList();
        gateways.forEach(ServiceProcess::requestStop);
        gateways.forEach(gateway -> gateway.awaitExit(20));
        services.removeAll(gateways);
        services.forEach(ServiceProcess::requestStop);
        services.forEach(service -> service.awaitExit(30));
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

    /** Kills the service's first instance at once (SIGKILL), as a crash or the kernel's OOM killer would. */
    public synchronized void kill(Service service) {
        firstInstanceOf(service).kill();
    }

    /** Starts the service's first instance again as it was started (a killed one, or a running one after a stop). */
    public synchronized void restart(Service service) {
        ServiceProcess old = firstInstanceOf(service);
        old.requestStop();
        old.awaitExit(30);
        services.remove(old);
        startInstance(old.instance()).awaitUp(Instant.now().plus(settings.startupTimeout));
    }

    /** Stops the Kafka broker this stack runs (SIGTERM, as an operator would); its data stays. */
    public synchronized void stopKafka() {
        requireOwnBroker();
        broker.close();
    }

    /** Starts the broker again on its data, and returns once it answers. */
    public synchronized void startKafka() {
        requireOwnBroker();
        broker = startBroker();
        broker.processIds().forEach(pid -> leftOvers.record("kafka", pid));
    }

    /** The address of the service's first instance. */
    public String url(Service service) {
        return urls(service).get(0);
    }

    /** The address of each instance of the service, the first one first. */
    public List<String> urls(Service service) {
        return instances.get(service).stream().map(Instance::url).toList();
    }

    public String gatewayUrl() {
        return url(Service.GATEWAY);
    }

    /** Every gateway; each routes to every instance of every service. */
    public List<String> gatewayUrls() {
        return urls(Service.GATEWAY);
    }

    /** The key the gateway signs the agents' identity with, which the services check. */
    public String identityKey() {
        return identityKey;
    }

    /** Whether messages without Twilio or SMTP land in the dev inbox, and /dev/inbox shows them. */
    public boolean devInbox() {
        return settings.devInbox;
    }

    /** The address the gateway listens on. */
    public String gatewayAddress() {
        return settings.gatewayAddress;
    }

    /** The first gateway's health and Prometheus metrics: a port of their own, on the loopback interface only. */
    public String gatewayManagementUrl() {
        return instances.get(Service.GATEWAY).get(0).actuatorUrl();
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
        services.forEach(service -> pids.put(service.instance().name(), List.of(service.pid())));
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

    private ServiceProcess startInstance(Instance instance) {
        ServiceProcess process = ServiceProcess.start(instance, settings.rootDirectory, settings.jvmOptions,
                environmentOf(instance), logFile(instance.name()));
        services.add(process);
        leftOvers.record(instance.name(), process.pid());
        return process;
    }

    private ServiceProcess firstInstanceOf(Service service) {
        return services.stream().filter(process -> process.instance().service() == service
                && process.instance().number() == 1).findFirst().orElseThrow();
    }

    private void requireOwnBroker() {
        if (settings.externalKafka != null) {
            throw new IllegalStateException("the broker at " + settings.externalKafka + " is not this stack's");
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
                settings.kafkaClasspath, logFile("kafka"), settings.startupTimeout);
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

    private Map<String, String> environmentOf(Instance instance) {
        Service service = instance.service();
        Map<String, String> environment = new HashMap<>();
        environment.put("PORT", Integer.toString(instance.port()));
        environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        environment.put("DATABASE_URL", postgres.jdbcUrl(service.database()));
        environment.put("DATABASE_USER", postgres.user());
        environment.put("DATABASE_PASSWORD", postgres.password());
        environment.put("CRENEAU_IDENTITY_KEY", identityKey);
        environment.put("CRENEAU_DEV_INBOX", Boolean.toString(settings.devInbox));
        if (service.isBackend()) {
            // only the gateway is reached from outside; what reaches a service must go through it
            environment.put("SERVER_ADDRESS", StackBuilder.LOOPBACK);
            environment.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            // on one machine, four pools keeping 10 idle connections each cost PostgreSQL some 40 idle backends
            environment.put("SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE", "2");
        } else {
            environment.put("SERVER_ADDRESS", settings.gatewayAddress);
            String adminPassword = System.getenv("CRENEAU_ADMIN_PASSWORD");
            if (adminPassword == null || adminPassword.isBlank()) {
                environment.put("CRENEAU_ADMIN_PASSWORD", DEVELOPMENT_ADMIN_PASSWORD);
            }
            environment.put("MANAGEMENT_PORT", Integer.toString(instance.managementPort()));
            for (Service backend : Service.values()) {
                if (backend.isBackend()) {
                    environment.put(backend.urlVariable(), String.join(",",
                            instances.get(backend).stream().map(Instance::url).toList()));
                }
            }
        }
        if (service == Service.BOOKING && System.getenv("BOOKING_CODE_SECRET") == null) {
            environment.put("BOOKING_CODE_SECRET", GeneratedSecret.bookingCodeSecret(settings.dataDirectory));
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
