package fr.creneau.planning;

import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import fr.creneau.testsupport.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.web.client.RestClient;

import java.util.Map;
import java.util.UUID;

/** A planning-service on a real PostgreSQL and a real Kafka broker, called over HTTP as the gateway would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PlanningIntegrationTest {

    @LocalServerPort
    int port;

    /** Real, but a test can make it fail like a broker that is down. */
    @MockitoSpyBean
    protected StreamBridge streamBridge;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "planning");
    }

    /** As the gateway would call, for an agent holding every role of the commune in the path. */
    protected ServiceClient http() {
        return anonymousClient().asTheGateway();
    }

    /** With no agent identity at all. */
    protected RestClient anonymous() {
        return anonymousClient().rest();
    }

    private ServiceClient anonymousClient() {
        return ServiceClient.on(port, "/api/planning");
    }

    protected ServiceResponse post(String path, Object body) {
        return http().post(path, body);
    }

    protected ServiceResponse put(String path, Object body) {
        return http().put(path, body);
    }

    protected ServiceResponse get(String path) {
        return http().get(path);
    }

    protected ServiceResponse delete(String path) {
        return http().delete(path);
    }

    protected ServiceResponse exchange(RestClient.RequestHeadersSpec<?> request) {
        return ServiceClient.exchange(request);
    }

    protected static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected String createCommune(String slug) {
        return post("/communes", Map.of("slug", slug, "name", "Commune " + slug, "timeZone", "Europe/Paris"))
                .expect(201).text("communeId");
    }
}
