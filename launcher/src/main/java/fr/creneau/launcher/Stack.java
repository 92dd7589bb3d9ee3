package fr.creneau.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform on one machine: PostgreSQL with one database per service (and the gateway's, for the agents'
 * accounts), a Kafka broker, then the five services as child processes, one of each unless
 * {@link StackBuilder#instances(Service, int)} asks for more. {@link #stop()} undoes it in the reverse order.
 */
public final class Stack implements AutoCloseable {

    private final StackBuilder settings;
    private final Path logDirectory;
    private final Instances instances;
    private final Infrastructure infrastructure;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final LeftOvers leftOvers;
    private ServiceEnvironment environment;
    private Duration startupTime;
    private String identityKey;

    Stack(StackBuilder settings) {
        this.settings = settings;
        this.logDirectory = settings.dataDirectory.resolve("logs");
        this.leftOvers = new LeftOvers(settings.dataDirectory);
        this.instances = new Instances(settings);
        this.infrastructure = new Infrastructure(settings, leftOvers, logDirectory);
    }

    public static StackBuilder builder() {
        return new StackBuilder();
    }

    /** Starts everything and returns once every service reports UP; on failure stops what it started. */
    public synchronized Stack start() {
        Instant begin = Instant.now();
        ServiceProcess.requireArchives(settings.rootDirectory);
        try {
            leftOvers.endAll();
            infrastructure.start();
            identityKey = settings.identityKey != null ? settings.identityKey
                    : GeneratedSecret.identityKey(settings.dataDirectory);
            environment = new ServiceEnvironment(settings, instances, infrastructure, identityKey);
            instances.inStartOrder().forEach(this::startInstance);
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
        infrastructure.stop();
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
        infrastructure.stopBroker();
    }

    /** Starts the broker again on its data, and returns once it answers. */
    public synchronized void startKafka() {
        infrastructure.requireOwnBroker();
        infrastructure.startBroker();
    }

    /** The address of the service's first instance. */
    public String url(Service service) {
        return instances.url(service);
    }

    /** The address of each instance of the service, the first one first. */
    public List<String> urls(Service service) {
        return instances.urls(service);
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
        return instances.of(Service.GATEWAY).get(0).actuatorUrl();
    }

    public Path dataDirectory() {
        return settings.dataDirectory;
    }

    public Path logDirectory() {
        return logDirectory;
    }

    public String kafkaBootstrapServers() {
        return infrastructure.broker().bootstrapServers();
    }

    public String jdbcUrl(Service service) {
        return infrastructure.jdbcUrl(service.database());
    }

    /** A scratch database on the stack's server (created if missing), e.g. to measure the server itself. */
    public String scratchDatabase(String name) {
        infrastructure.postgres().createDatabases(List.of(name));
        return infrastructure.jdbcUrl(name);
    }

    public String databaseUser() {
        return infrastructure.postgres().user();
    }

    public String databasePassword() {
        return infrastructure.postgres().password();
    }

    /** From {@link #start()} to the last service UP. */
    public Duration startupTime() {
        return startupTime;
    }

    /** The memory of every part we run, now. */
    public synchronized StackMemory memory() {
        return StackMemory.of(processIds());
    }

    /** The processes of each part we run (none for an external database or broker). */
    public synchronized Map<String, List<Long>> processIds() {
        Map<String, List<Long>> pids = new LinkedHashMap<>(infrastructure.processIds());
        services.forEach(service -> pids.put(service.instance().name(), List.of(service.pid())));
        return pids;
    }

    private ServiceProcess startInstance(Instance instance) {
        ServiceProcess process = ServiceProcess.start(instance, settings.rootDirectory, settings.jvmOptions,
                environment.of(instance), logDirectory.resolve(instance.name() + ".log"));
        services.add(process);
        leftOvers.record(instance.name(), process.pid());
        return process;
    }

    private ServiceProcess firstInstanceOf(Service service) {
        return services.stream().filter(process -> process.instance().service() == service
                && process.instance().number() == 1).findFirst().orElseThrow();
    }
}
