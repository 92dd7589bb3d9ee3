package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune's software, through the packaged stack: its webhook receiver (on 127.0.0.1, failing its first request)
 * gets the booking an agent makes, signed as the README says; its read key lists the agenda and cannot book.
 */
@ExtendWith(WholeStack.Injected.class)
class IntegratorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static WholeStack whole;
    private static FurnishedCommune commune;
    private static HttpServer receiver;
    private static final List<String[]> received = new CopyOnWriteArrayList<>();
    private static final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    static void aCommuneWithItsReceiver(WholeStack stack) throws IOException {
        whole = stack;
        commune = FurnishedCommune.create(stack, "integrateur-" + UUID.randomUUID().toString().substring(0, 6));
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/creneau", exchange -> {
            received.add(new String[] {exchange.getRequestHeaders().getFirst("Creneau-Signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(requests.incrementAndGet() == 1 ? 503 : 200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void theReceiverGetsTheBookingSignedAfterOneFailureAndTheReadKeyOnlyReads() throws Exception {
        String hooks = "/api/notifications/communes/" + commune.id + "/webhooks";
        Gateway.Reply endpoint = commune.admin.post(hooks, Map.of("events", List.of("BOOKED"),
                "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/creneau"));
        assertThat(endpoint.status()).as(endpoint.toString()).isEqualTo(201);
        String secret = endpoint.text("secret");
        Gateway.Reply key = commune.admin.post("/api/integrations/communes/" + commune.id + "/api-keys",
                Map.of("label", "Logiciel d'état civil", "scope", "READ"));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);

        commune.bookAndAwaitItsNotice();
        String appointmentId = commune.ids.get("appointmentId");

        Eventually.poll("the booking at the receiver, its second try", Duration.ofSeconds(60),
                () -> received.size(), count -> count >= 2);
        String[] delivered = received.get(1);
        assertThat(delivered[1]).isEqualTo(received.get(0)[1]);
        JsonNode body = JSON.readTree(delivered[1]);
        assertThat(body.get("type").asText()).isEqualTo("appointment.booked");
        assertThat(body.get("appointmentId").asText()).isEqualTo(appointmentId);
        assertThat(delivered[1]).doesNotContain("Jeanne Martin").doesNotContain("+33611223344");
        assertThat(signatureHolds(secret, delivered[0], delivered[1])).isTrue();
        JsonNode log = commune.admin.get(hooks + "/" + endpoint.text("id") + "/deliveries").json().get(0);
        assertThat(log.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(log.get("attempts").asInt()).isEqualTo(2);

        String agenda = "/api/booking/agent/communes/%s/appointments?from=%s&to=%s".formatted(commune.id,
                FurnishedCommune.MONDAY, FurnishedCommune.MONDAY.plusDays(6));
        HttpResponse<String> read = withKey(key.text("key"), HttpRequest.newBuilder(URI.create(whole.url() + agenda)).GET());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains(appointmentId);
        HttpResponse<String> write = withKey(key.text("key"), HttpRequest.newBuilder(
                URI.create(whole.url() + "/api/booking/agent/communes/" + commune.id + "/appointments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(write.body()).contains("lecture seule");
    }

    private static HttpResponse<String> withKey(String key, HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The README's verification: HMAC-SHA256 of "t.body" under the secret, in hex, against v1. */
    private static boolean signatureHolds(String secret, String header, String body) throws Exception {
        Map<String, String> parts = new java.util.HashMap<>();
        for (String part : header.split(",")) {
            String[] pair = part.split("=", 2);
            parts.put(pair[0], pair[1]);
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((parts.get("t") + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
        return expected.equals(parts.get("v1"));
    }
}
