package fr.creneau.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Settings of a {@link Stack}; the defaults are those of the one-command local run. */
public final class StackBuilder {

    static final List<String> SERVICE_JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");
    static final String LOOPBACK = "127.0.0.1";

    Path rootDirectory = Path.of("").toAbsolutePath();
    Path dataDirectory;
    final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    final Map<Service, Integer> instances = new EnumMap<>(Service.class);
    int gatewayManagementPort = 8090;
    int postgresPort = 15432;
    int kafkaPort = 19092;
    int kafkaControllerPort = 19093;
    final Map<String, String> postgresSettings = new HashMap<>();
    ExternalPostgres externalPostgres;
    String externalKafka;
    final Map<String, String> sharedEnvironment = new HashMap<>();
    final Map<Service, Map<String, String>> serviceEnvironment = new EnumMap<>(Service.class);
    List<String> jvmOptions = SERVICE_JVM_OPTIONS;
    String kafkaClasspath = LocalMachine.absolute(System.getProperty("java.class.path"));
    Duration startupTimeout = Duration.ofMinutes(4);
    String identityKey;
    boolean devInbox;
    String gatewayAddress = LOOPBACK;

    StackBuilder() {
        for (Service service : Service.values()) {
            ports.put(service, service.defaultPort());
            instances.put(service, 1);
            serviceEnvironment.put(service, new HashMap<>());
        }
    }

    /** Where the modules are, each with its target/creneau-module.jar. */
    public StackBuilder rootDirectory(Path rootDirectory) {
        this.rootDirectory = rootDirectory.toAbsolutePath().normalize();
        return this;
    }

    /** Where PostgreSQL, Kafka and the logs keep their files (default: .creneau-data in the root directory). */
    public StackBuilder dataDirectory(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        return this;
    }

    /** The port of the service's first instance; the others get free ports. */
    public StackBuilder port(Service service, int port) {
        ports.put(service, port);
        return this;
    }

    /**
     * How many processes of the service to run (default one), each on its own port with its own log file. The
     * gateways spread each service's routes over all its instances; see {@link Stack#urls(Service)}.
     */
    public StackBuilder instances(Service service, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one instance of " + service.module());
        }
        instances.put(service, count);
        return this;
    }

    /** Where the first gateway serves its health and metrics, on the loopback interface only; others get free ports. */
    public StackBuilder gatewayManagementPort(int port) {
        this.gatewayManagementPort = port;
        return this;
    }

    public StackBuilder postgresPort(int port) {
        this.postgresPort = port;
        return this;
    }

    public StackBuilder kafkaPorts(int port, int controllerPort) {
        this.kafkaPort = port;
        this.kafkaControllerPort = controllerPort;
        return this;
    }

    /** Every port picked among the free ones, for tests that must not collide with a running stack. */
    public StackBuilder freePorts() {
        ports.replaceAll((service, port) -> LocalMachine.freePort());
        gatewayManagementPort = LocalMachine.freePort();
        postgresPort = LocalMachine.freePort();
        return kafkaPorts(LocalMachine.freePort(), LocalMachine.freePort());
    }

    /** A postgresql.conf setting for the embedded server, e.g. fsync=off for throw-away data. */
    public StackBuilder postgresSetting(String name, String value) {
        postgresSettings.put(name, value);
        return this;
    }

    public StackBuilder externalPostgres(String host, int port, String user, String password) {
        this.externalPostgres = new ExternalPostgres(host, port, user, password);
        return this;
    }

    public StackBuilder externalKafka(String bootstrapServers) {
        this.externalKafka = bootstrapServers;
        return this;
    }

    /** An environment variable given to every service. */
    public StackBuilder environment(String name, String value) {
        sharedEnvironment.put(name, value);
        return this;
    }

    public StackBuilder environment(Service service, String name, String value) {
        serviceEnvironment.get(service).put(name, value);
        return this;
    }

    public StackBuilder jvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    /** The classpath the Kafka broker runs from; it must hold kafka_2.13 and a logback binding. */
    public StackBuilder kafkaClasspath(String classpath) {
        this.kafkaClasspath = classpath;
        return this;
    }

    public StackBuilder startupTimeout(Duration timeout) {
        this.startupTimeout = timeout;
        return this;
    }

    /** The key the gateway signs identities with (default: the data directory's, made at the first start). */
    public StackBuilder identityKey(String key) {
        this.identityKey = key;
        return this;
    }

    /**
     * Messages of a channel without Twilio or SMTP go to the dev inbox, served at /dev/inbox (CRENEAU_DEV_INBOX).
     * Off unless asked for: ./creneau asks for it, a test of what ships does not.
     */
    public StackBuilder devInbox(boolean on) {
        this.devInbox = on;
        return this;
    }

    /** The address the gateway listens on (default the loopback); the services always listen on the loopback. */
    public StackBuilder gatewayAddress(String address) {
        this.gatewayAddress = address;
        return this;
    }

    /**
     * Reads DATABASE_HOST/PORT/USER/PASSWORD, KAFKA_BOOTSTRAP_SERVERS, CRENEAU_DATA_DIR, CRENEAU_IDENTITY_KEY,
     * GATEWAY_ADDRESS and CRENEAU_DEV_INBOX, which is on here (the one-command local run) unless it says false.
     */
    public StackBuilder fromEnvironment(Map<String, String> environment) {
        return new EnvironmentSettings(environment).applyTo(this);
    }

    /** Where the gateway is reached from this machine: its own address, or localhost when it listens everywhere. */
    String gatewayHost() {
        if (Set.of(LOOPBACK, "0.0.0.0", "::", "0:0:0:0:0:0:0:0", "localhost").contains(gatewayAddress)) {
            return "localhost";
        }
        return gatewayAddress.contains(":") ? "[" + gatewayAddress + "]" : gatewayAddress;
    }

    public Stack build() {
        if (dataDirectory == null) {
            dataDirectory = rootDirectory.resolve(".creneau-data");
        }
        return new Stack(this);
    }
}
