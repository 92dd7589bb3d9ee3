package fr.creneau.notification.webhook.adapter;

import fr.creneau.notification.config.WebhookProperties;
import fr.creneau.notification.webhook.domain.WebhookSignature;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts a signed body to an endpoint with the JDK's client: redirects are not followed (a 3xx is a failure, so an
 * endpoint cannot send our deliveries elsewhere), and the answer's body is read no further than its status.
 */
@Component
public class EndpointClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Duration timeout;

    EndpointClient(WebhookProperties properties) {
        this.timeout = properties.timeout();
    }

    /** The endpoint's status code; an exception when it could not be reached or did not answer in time. */
    public int post(String url, String body, String signature, String deliveryId, String eventType)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Creneau-Webhooks/1")
                .header(WebhookSignature.HEADER, signature)
                .header("Creneau-Delivery", deliveryId)
                .header("Creneau-Event", eventType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
