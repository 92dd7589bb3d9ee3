package fr.creneau.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
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

    @Autowired
    ObjectMapper json;

    /** Real, but a test can make it fail like a broker that is down. */
    @MockitoSpyBean
    protected StreamBridge streamBridge;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "planning");
    }

    /** As the gateway would call, for an agent holding every role of the commune in the path. */
    protected RestClient http() {
        return anonymous().mutate().requestInterceptor(AgentHeaders.adminOfThePathCommune()).build();
    }

    /** With no agent identity at all. */
    protected RestClient anonymous() {
        return RestClient.builder().baseUrl("http://localhost:" + port + "/api/planning")
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                })
                .build();
    }

    protected Response post(String path, Object body) {
        return exchange(http().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    protected Response put(String path, Object body) {
        return exchange(http().put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    protected Response get(String path) {
        return exchange(http().get().uri(path));
    }

    protected Response delete(String path) {
        return exchange(http().delete().uri(path));
    }

    protected Response exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, response) -> {
            String body = new String(response.getBody().readAllBytes());
            return new Response(response.getStatusCode().value(),
                    String.valueOf(response.getHeaders().getContentType()),
                    body.isEmpty() ? null : json.readTree(body));
        });
    }

    protected static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected String createCommune(String slug) {
        return post("/communes", Map.of("slug", slug, "name", "Commune " + slug, "timeZone", "Europe/Paris"))
                .expect(201).body().get("communeId").asText();
    }

    protected record Response(int status, String contentType, JsonNode body) {

        public Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        public String text(String field) {
            return body.get(field).asText();
        }
    }
}
