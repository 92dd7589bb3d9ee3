package fr.creneau.stats;

import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running stats-service on a real PostgreSQL and the shared real Kafka broker. Every integration test extends
 * this class and adds no configuration, so they all share one application context and one consumer group: two
 * contexts in the same group would split the partitions and miss each other's events. Metrics are exported as in
 * production, so that the Prometheus endpoint can be tested.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
public abstract class StatsIntegrationTest {

    protected int port;

    /** Tests that are not about access call as the gateway would, for an agent of the commune in the path. */
    protected ServiceClient http;

    /** On injection, not before each test: a class with one instance for all its tests reads in its @BeforeAll. */
    @Autowired
    void callAsTheGatewayWould(@LocalServerPort int port) {
        this.port = port;
        http = ServiceClient.on(port, "").asTheGateway();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "stats");
        // a record that fails holds its partition while it is retried: two minutes in production, a second here, so
        // that BatchProjectionTest's unreadable record does not hold up the other tests sharing the consumer group
        registry.add("creneau.stats.consumer.max-attempts", () -> "3");
        registry.add("creneau.stats.consumer.back-off-initial-interval", () -> "200");
        registry.add("creneau.stats.consumer.back-off-max-interval", () -> "500");
    }
}
