package fr.creneau.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A running service over HTTP, the one client style of the services' integration tests (Spring's {@link RestClient}):
 * every answer, error or not, comes back as a {@link ServiceResponse} to assert on. {@link #asTheGateway()} calls as
 * the gateway would for an agent of the commune in the path; {@link #as(HttpHeaders)} as a given agent.
 * <pre>{@code
 * ServiceClient http = ServiceClient.on(port, "/api/planning").asTheGateway();
 * String id = http.post("/communes", body).expect(201).text("communeId");
 * }</pre>
 */
public final class ServiceClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient rest;

    private ServiceClient(RestClient rest) {
        this.rest = rest;
    }

    /** The service on {@code localhost:port}, paths relative to {@code basePath}, with no agent identity at all. */
    public static ServiceClient on(int port, String basePath) {
        return new ServiceClient(RestClient.builder().baseUrl("http://localhost:" + port + basePath)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                })
                .build());
    }

    /** For tests that are not about access: as the gateway would call, for an admin of the commune in the path. */
    public ServiceClient asTheGateway() {
        return new ServiceClient(rest.mutate().requestInterceptor(AgentHeaders.adminOfThePathCommune()).build());
    }

    /** As the agent {@code identity} says ({@link AgentHeaders#of}). */
    public ServiceClient as(HttpHeaders identity) {
        return new ServiceClient(rest.mutate().defaultHeaders(headers -> headers.addAll(identity)).build());
    }

    /** Spring's client itself, for a request the shortcuts below do not make. */
    public RestClient rest() {
        return rest;
    }

    public ServiceResponse get(String path) {
        return exchange(rest.get().uri(path));
    }

    public ServiceResponse post(String path, Object body) {
        return exchange(rest.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    public ServiceResponse put(String path, Object body) {
        return exchange(rest.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    public ServiceResponse patch(String path, Object body) {
        return exchange(rest.patch().uri(path).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    public ServiceResponse delete(String path) {
        return exchange(rest.delete().uri(path));
    }

    public static ServiceResponse exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, response) -> {
            String body = new String(response.getBody().readAllBytes());
            return new ServiceResponse(response.getStatusCode().value(),
                    String.valueOf(response.getHeaders().getContentType()), body.isEmpty() ? null : JSON.readTree(body));
        });
    }
}
