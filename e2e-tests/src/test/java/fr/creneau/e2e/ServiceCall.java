package fr.creneau.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.launcher.Stack;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A call made straight to a service, past the gateway, with the identity the gateway would have signed (or none, or
 * a forged one): what the service itself answers when the gateway's own rules are not there to refuse first.
 */
final class ServiceCall {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceCall() {
    }

    /** The header the gateway writes for {@code agent}, signed now with the stack's key: good for one minute. */
    static Map<String, String> signedBy(Stack stack, AgentIdentity agent) {
        return Map.of(IdentityToken.HEADER, new IdentityToken(stack.identityKey()).sign(agent, Instant.now()));
    }

    static Gateway.Reply send(String url, String method, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            headers.forEach(request::header);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Gateway.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
