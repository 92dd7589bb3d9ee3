package fr.creneau.testsupport;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;

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

    /**
     * The JDK's HTTP client, named rather than left to RestClient's pick of what is on the class path: Apache's,
     * which Twilio's SDK brings, answers a 429 or 503 with a Retry-After by waiting and trying again, so a test saw
     * the answer after the limit (after five minutes, a 404) instead of the 429 it asserts on. HTTP/1.1, as the
     * gateway calls the services; redirects followed as a browser does.
     */
    private static final JdkClientHttpRequestFactory CLIENT = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL).build());

    private final RestClient rest;

    private ServiceClient(RestClient rest) {
        this.rest = rest;
    }

    /** The service on {@code localhost:port}, paths relative to {@code basePath}, with no agent identity at all. */
    public static ServiceClient on(int port, String basePath) {
        return new ServiceClient(RestClient.builder().baseUrl("http://localhost:" + port + basePath)
                .requestFactory(CLIENT)
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

    /** Every request with the header {@code name} (an {@code X-Forwarded-For}, an {@code Accept}). */
    public ServiceClient withHeader(String name, String value) {
        return new ServiceClient(rest.mutate().defaultHeader(name, value).build());
    }

    /** Spring's client itself, for a request the shortcuts below do not make. */
    public RestClient rest() {
        return rest;
    }

    /** {@code path} may hold {@code {name}} variables, filled in order by {@code uriVariables} and encoded. */
    public ServiceResponse get(String path, Object... uriVariables) {
        return exchange(rest.get().uri(path, uriVariables));
    }

    /** {@code body} as JSON (a String as it is, to send what is not JSON); no body at all when null. */
    public ServiceResponse post(String path, Object body, Object... uriVariables) {
        return exchange(withJson(rest.post().uri(path, uriVariables), body));
    }

    /** {@code fields} as an HTML form ({@code application/x-www-form-urlencoded}), as a webhook posts them. */
    public ServiceResponse postForm(String path, MultiValueMap<String, String> fields) {
        return exchange(rest.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(fields));
    }

    public ServiceResponse put(String path, Object body, Object... uriVariables) {
        return exchange(withJson(rest.put().uri(path, uriVariables), body));
    }

    public ServiceResponse patch(String path, Object body, Object... uriVariables) {
        return exchange(withJson(rest.patch().uri(path, uriVariables), body));
    }

    public ServiceResponse delete(String path, Object... uriVariables) {
        return exchange(rest.delete().uri(path, uriVariables));
    }

    private static RestClient.RequestHeadersSpec<?> withJson(RestClient.RequestBodySpec request, Object body) {
        return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).body(body);
    }

    public static ServiceResponse exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, response) -> {
            HttpHeaders headers = new HttpHeaders();
            headers.putAll(response.getHeaders());
            return new ServiceResponse(response.getStatusCode().value(), headers, response.getBody().readAllBytes());
        });
    }
}
