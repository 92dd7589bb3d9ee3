package fr.creneau.stats;

import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

/**
 * One running stats-service on a real PostgreSQL and the shared real Kafka broker. Every integration test extends
 * this class and adds no configuration, so they all share one application context and one consumer group: two
 * contexts in the same group would split the partitions and miss each other's events. Metrics are exported as in
 * production, so that the Prometheus endpoint can be tested.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
public abstract class StatsIntegrationTest {

    /** Tests that are not about access call as the gateway would, for an agent of the commune in the path. */
    private static final ClientHttpRequestInterceptor GATEWAY = AgentHeaders.adminOfThePathCommune();

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    void callAsTheGatewayWould(TestRestTemplate http) {
        List<ClientHttpRequestInterceptor> interceptors = http.getRestTemplate().getInterceptors();
        if (!interceptors.contains(GATEWAY)) {
            interceptors.add(GATEWAY);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "stats");
    }
}
