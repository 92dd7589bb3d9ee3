package fr.creneau.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL and one real Kafka broker for the whole test JVM. Where a Docker engine answers they run
 * in Testcontainers; otherwise PostgreSQL is zonky's embedded server and Kafka a KRaft broker inside the JVM.
 * The same tests run either way.
 */
public final class TestInfrastructure {

    private static final AtomicInteger databases = new AtomicInteger();
    private static Postgres postgres;
    private static String kafkaBootstrapServers;

    private TestInfrastructure() {
    }

    /**
     * Points a Spring Boot test at a fresh database of its own and at the shared broker, and gives it the key of the
     * identities {@link AgentHeaders} signs.
     */
    public static void register(DynamicPropertyRegistry registry, String databasePrefix) {
        String jdbcUrl = newDatabase(databasePrefix);
        registry.add("spring.datasource.url", () -> jdbcUrl);
        registry.add("spring.datasource.username", TestInfrastructure::postgresUser);
        registry.add("spring.datasource.password", TestInfrastructure::postgresPassword);
        registry.add("spring.cloud.stream.kafka.binder.brokers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("creneau.identity.key", () -> AgentHeaders.KEY);
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrapServers == null) {
            kafkaBootstrapServers = dockerAvailable() ? startKafkaContainer() : startEmbeddedKafka();
        }
        return kafkaBootstrapServers;
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String newDatabase(String prefix) {
        Postgres server = postgres();
        String name = (prefix + "_" + databases.incrementAndGet() + "_" + ProcessHandle.current().pid())
                .toLowerCase().replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return server.urlFor(name);
    }

    public static String postgresUser() {
        return postgres().user();
    }

    public static String postgresPassword() {
        return postgres().password();
    }

    private static synchronized Postgres postgres() {
        if (postgres == null) {
            postgres = dockerAvailable() ? startPostgresContainer() : startEmbeddedPostgres();
        }
        return postgres;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Postgres startEmbeddedPostgres() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception ignored) {
                    // the JVM is going away; the temporary cluster goes with it
                }
            }));
            String base = "jdbc:postgresql://localhost:" + server.getPort() + "/";
            return new Postgres(base, "postgres", "postgres");
        } catch (Exception e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL", e);
        }
    }

    private static Postgres startPostgresContainer() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine")
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        container.start();
        String base = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
        return new Postgres(base, container.getUsername(), container.getPassword());
    }

    private static String startEmbeddedKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        return broker.getBrokersAsString();
    }

    private static String startKafkaContainer() {
        KafkaContainer container = new KafkaContainer("apache/kafka:3.9.1");
        container.start();
        return container.getBootstrapServers();
    }

    private record Postgres(String baseUrl, String user, String password) {
        String adminUrl() {
            return baseUrl + "postgres";
        }

        String urlFor(String database) {
            return baseUrl + database;
        }
    }
}
