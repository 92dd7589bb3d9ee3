package fr.creneau.booking.ants.adapter;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The ANTS' coordination API over HTTP, token in {@code X-RDV-OPT-AUTH-TOKEN}: the status of numbers, declaring and
 * withdrawing an appointment. Every call ends in an {@link AntsAnswer}, never an exception, so that the caller
 * decides what an error means.
 */
@Component
public class CoordinationClient {

    static final String TOKEN_HEADER = "X-RDV-OPT-AUTH-TOKEN";
    private static final Duration DECLARATION_TIMEOUT = Duration.ofSeconds(10);

    private final AntsProperties properties;
    private final RestClient statusClient;
    private final RestClient declarationClient;

    CoordinationClient(AntsProperties properties, RestClient.Builder builder) {
        this.properties = properties;
        Duration timeout = properties.coordination() == null || properties.coordination().timeout() == null
                ? Duration.ofSeconds(2) : properties.coordination().timeout();
        this.statusClient = client(builder, timeout);
        this.declarationClient = client(builder, DECLARATION_TIMEOUT);
    }

    private static RestClient client(RestClient.Builder builder, Duration timeout) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(timeout);
        factory.setReadTimeout(timeout);
        return builder.clone().requestFactory(factory)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                })
                .build();
    }

    public AntsAnswer status(List<String> applicationIds) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.put("application_ids", List.copyOf(applicationIds));
        return call(statusClient, "GET", uri("/api/status", query));
    }

    /** Declares, or with {@code withdraw} deletes, one appointment of one number. */
    public AntsAnswer appointment(boolean withdraw, Map<String, String> parameters) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        parameters.forEach(query::add);
        return call(declarationClient, withdraw ? "DELETE" : "POST", uri("/api/appointments", query));
    }

    private URI uri(String path, MultiValueMap<String, String> query) {
        String base = properties.coordination().baseUrl();
        return UriComponentsBuilder.fromUriString(base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                .path(path).queryParams(query).encode().build().toUri();
    }

    private AntsAnswer call(RestClient client, String method, URI uri) {
        long started = System.nanoTime();
        try {
            return client.method(HttpMethod.valueOf(method)).uri(uri)
                    .header(TOKEN_HEADER, properties.coordination().token())
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                        AntsAnswer.Outcome outcome = status < 300 ? AntsAnswer.Outcome.ANSWERED
                                : status < 500 ? AntsAnswer.Outcome.REFUSED : AntsAnswer.Outcome.FAILED;
                        return new AntsAnswer(outcome, status, body, millisSince(started));
                    });
        } catch (RuntimeException e) {
            return new AntsAnswer(AntsAnswer.Outcome.FAILED, null, String.valueOf(e.getMessage()), millisSince(started));
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
