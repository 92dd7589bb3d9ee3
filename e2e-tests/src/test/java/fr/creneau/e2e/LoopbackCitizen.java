package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * A citizen whose connections leave from a loopback address of their own (Linux routes all of 127.0.0.0/8 to lo),
 * as each real citizen has their own address: the gateway counts them apart without trusting any header.
 */
final class LoopbackCitizen {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConnectionProvider CONNECTIONS = ConnectionProvider.builder("rush-citizens")
            .maxConnections(1_000).pendingAcquireMaxCount(-1).build();

    private final String address;
    private final HttpClient client;

    LoopbackCitizen(String address, String gatewayUrl) {
        this.address = address;
        this.client = HttpClient.create(CONNECTIONS)
                .bindAddress(() -> new InetSocketAddress(address, 0))
                .baseUrl(gatewayUrl.replace("localhost", "127.0.0.1"))
                .responseTimeout(Duration.ofSeconds(60))
                .headers(headers -> headers.set(HttpHeaderNames.ACCEPT, "application/json"));
    }

    /** The n-th address of a block: 127.{block}.x.y, never 127.0.0.1. */
    static String address(int block, int n) {
        return "127.%d.%d.%d".formatted(block, n / 250, n % 250 + 1);
    }

    String address() {
        return address;
    }

    Answer get(String path) {
        return client.get().uri(path).responseSingle((response, body) -> body.asString().defaultIfEmpty("")
                .map(text -> new Answer(response.status().code(), response.responseHeaders().get("Retry-After"),
                        text))).block();
    }

    Answer post(String path, Object body) {
        return client.headers(headers -> headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json"))
                .post().uri(path).send(ByteBufFlux.fromString(Mono.just(json(body))))
                .responseSingle((response, content) -> content.asString().defaultIfEmpty("")
                        .map(text -> new Answer(response.status().code(), response.responseHeaders().get("Retry-After"),
                                text))).block();
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Answer(int status, String retryAfter, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }
}
