package fr.creneau.notification.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.api.AppointmentAttended;
import fr.creneau.booking.api.AppointmentCancelled;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.AppointmentContact;
import fr.creneau.booking.api.CancelledBy;
import fr.creneau.identity.Role;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.notification.support.SignatureCheck;
import fr.creneau.notification.support.WebhookReceiver;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A commune's endpoint, a receiver on the loopback interface: each delivery is signed as the README says, retried
 * until the receiver accepts it, replayed on request, and only the events the endpoint chose are sent.
 */
class WebhookDeliveryTest extends NotificationIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final String commune = "hooks-" + UUID.randomUUID().toString().substring(0, 8);
    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private ServiceClient http() {
        return ServiceClient.on(port, "/api/notifications").asTheGateway();
    }

    private JsonNode register(String... events) {
        return http().post("/communes/" + commune + "/webhooks", Map.of("url", receiver.url(), "events", List.of(events)))
                .expect(201).body();
    }

    @Test
    void aBookedAppointmentIsPostedSignedWithTheSecretShownOnceAndAnEventNotChosenIsNotSent() throws Exception {
        JsonNode endpoint = register("BOOKED", "ATTENDED");
        String secret = endpoint.get("secret").asText();
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(http().get("/communes/" + commune + "/webhooks").expect(200).body().get(0).has("secret")).isFalse();

        String appointmentId = Events.newId();
        String confirmed = Events.newId();
        publishContact(appointmentId);
        Events.publish(new AppointmentConfirmed(confirmed, Instant.now(), commune, appointmentId,
                Events.appointment(Instant.now().plus(Duration.ofDays(3)))));
        Events.publish(cancelled(appointmentId));
        Events.publish(new AppointmentAttended(Events.newId(), Instant.now(), commune, appointmentId,
                Events.appointment(Instant.now().plus(Duration.ofDays(3))), null));

        // the three share the appointment's key, so the attendance arrives after the cancellation was handled; each
        // delivery is a task of its own, so the receiver may get them in either order (the body says when it happened)
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() >= 2);
        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).extracting(WebhookReceiver.Received::eventType)
                .containsExactlyInAnyOrder("appointment.booked", "appointment.attended");
        JsonNode body = JSON.readTree(received.stream().filter(r -> r.eventType().equals("appointment.booked"))
                .findFirst().orElseThrow().body());
        assertThat(body.get("id").asText()).isEqualTo(confirmed);
        assertThat(body.get("type").asText()).isEqualTo("appointment.booked");
        assertThat(body.get("appointmentId").asText()).isEqualTo(appointmentId);
        assertThat(body.get("appointment").get("placeName").asText()).isEqualTo("Mairie");
        long now = Instant.now().getEpochSecond();
        for (WebhookReceiver.Received delivery : received) {
            assertThat(SignatureCheck.verify(secret, delivery.signature(), delivery.body(), now, 300)).isTrue();
            assertThat(SignatureCheck.verify("whsec_another", delivery.signature(), delivery.body(), now, 300)).isFalse();
            assertThat(SignatureCheck.verify(secret, delivery.signature(), delivery.body() + " ", now, 300)).isFalse();
        }
        Thread.sleep(1000);
        assertThat(receiver.received()).hasSize(2);
        assertThat(http().get(deliveries(endpoint)).expect(200).body()).hasSize(2)
                .allSatisfy(line -> assertThat(line.get("status").asText()).isEqualTo("DELIVERED"));
    }

    @Test
    void aDeliveryTheReceiverRefusesIsRetriedUntilItRecoversWithTheSameBody() throws Exception {
        JsonNode endpoint = register("CANCELLED");
        String secret = endpoint.get("secret").asText();
        receiver.answer(503, 500);
        String appointmentId = Events.newId();
        publishContact(appointmentId);
        Events.publish(cancelled(appointmentId));

        await().atMost(Duration.ofSeconds(30)).until(() -> lines(endpoint).size() == 1
                && lines(endpoint).get(0).get("status").asText().equals("DELIVERED"));
        JsonNode line = lines(endpoint).get(0);
        assertThat(line.get("attempts").asInt()).isEqualTo(3);
        assertThat(line.get("responseStatus").asInt()).isEqualTo(200);
        JsonNode attempts = http().get(deliveries(endpoint) + "/" + line.get("id").asText() + "/attempts").expect(200)
                .body();
        assertThat(attempts.findValuesAsText("responseStatus")).containsExactly("503", "500", "200");
        assertThat(attempts.get(0).get("error").asText()).contains("503");
        assertThat(attempts.get(2).get("error").isNull()).isTrue();
        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(3).extracting(WebhookReceiver.Received::body).containsOnly(received.get(0).body());
        long now = Instant.now().getEpochSecond();
        assertThat(received).allSatisfy(r -> assertThat(SignatureCheck.verify(secret, r.signature(), r.body(), now, 300))
                .isTrue());
    }

    @Test
    void aDeliveryGivenUpIsSentAgainWhenTheAdministratorReplaysIt() throws Exception {
        JsonNode endpoint = register("CANCELLED");
        receiver.always(500);
        String appointmentId = Events.newId();
        publishContact(appointmentId);
        Events.publish(cancelled(appointmentId));

        await().atMost(Duration.ofSeconds(30)).until(() -> lines(endpoint).size() == 1
                && lines(endpoint).get(0).get("status").asText().equals("FAILED"));
        JsonNode failed = lines(endpoint).get(0);
        assertThat(failed.get("attempts").asInt()).isEqualTo(4);
        assertThat(failed.get("responseStatus").asInt()).isEqualTo(500);
        assertThat(failed.get("lastError").asText()).contains("500");

        receiver.always(204);
        ServiceResponse replay = http().post(deliveries(endpoint) + "/" + failed.get("id").asText() + "/replay", Map.of());
        replay.expect(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> lines(endpoint).get(0).get("status").asText()
                .equals("DELIVERED"));
        assertThat(lines(endpoint).get(0).get("attempts").asInt()).isEqualTo(5);
        assertThat(receiver.received()).hasSize(5);
    }

    @Test
    void onlyTheCommuneAdministratorRegistersAndReplaysAndAnotherCommuneSeesNothing() {
        JsonNode endpoint = register("BOOKED");
        ServiceClient agent = ServiceClient.on(port, "/api/notifications").as(AgentHeaders.of(commune, Role.AGENT));
        assertThat(agent.get("/communes/" + commune + "/webhooks").expect(200).body()).hasSize(1);
        ServiceResponse refused = agent.post("/communes/" + commune + "/webhooks",
                Map.of("url", receiver.url(), "events", List.of("BOOKED")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        String other = "/communes/other-" + commune + "/webhooks/" + endpoint.get("id").asText();
        assertThat(http().get(other + "/deliveries").status()).isEqualTo(404);
        assertThat(http().delete(other).status()).isEqualTo(404);
        assertThat(http().delete("/communes/" + commune + "/webhooks/" + endpoint.get("id").asText()).status())
                .isEqualTo(204);
        assertThat(http().get("/communes/" + commune + "/webhooks").expect(200).body()).isEmpty();
    }

    @Test
    void anEndpointMustBeHttpsNamedAndWantSomething() {
        String path = "/communes/" + commune + "/webhooks";
        ServiceResponse plain = http().post(path, Map.of("url", "http://integrateur.example.fr/hook",
                "events", List.of("BOOKED")));
        assertThat(plain.status()).isEqualTo(400);
        assertThat(plain.contentType()).startsWith("application/problem+json");
        assertThat(plain.text("detail")).contains("https://");
        assertThat(http().post(path, Map.of("url", "https://integrateur.example.fr/hook", "events", List.of()))
                .status()).isEqualTo(400);
        assertThat(http().post(path, Map.of("url", "https://integrateur.example.fr/hook", "events", List.of("PAID")))
                .status()).isEqualTo(400);
        assertThat(http().post(path, Map.of("url", "ftp://integrateur.example.fr", "events", List.of("BOOKED")))
                .status()).isEqualTo(400);
        assertThat(http().post(path, Map.of("url", "https://integrateur.example.fr/hook", "events",
                List.of("BOOKED"))).status()).isEqualTo(201);
    }

    @Test
    void anEndpointOnAnInternalAddressIsRefusedInFrench() {
        String path = "/communes/" + commune + "/webhooks";
        for (String internal : List.of("https://169.254.169.254/latest/meta-data/", "https://10.0.0.5/hook",
                "https://192.168.1.20/hook", "https://172.16.0.1/hook", "https://[fd12:3456::1]/hook",
                "https://[fe80::1]/hook", "https://[::ffff:10.0.0.5]/hook", "https://0.0.0.0/hook")) {
            ServiceResponse refused = http().post(path, Map.of("url", internal, "events", List.of("BOOKED")));

            assertThat(refused.status()).as(internal).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("detail")).as(internal).contains("réseau interne");
        }
        assertThat(http().get(path).expect(200).body()).isEmpty();
    }

    @Test
    void anEndpointWhoseAddressTurnedInternalSinceIsNotPostedToAndEachAttemptIsLogged() {
        // registered when its name led outside; its DNS now answers with the cloud's metadata service
        JsonNode endpoint = register("CANCELLED");
        jdbc.sql("UPDATE webhook_endpoint SET url = 'https://169.254.169.254/latest/meta-data/' WHERE id = :id")
                .param("id", UUID.fromString(endpoint.get("id").asText())).update();
        String appointmentId = Events.newId();
        publishContact(appointmentId);
        Events.publish(cancelled(appointmentId));

        await().atMost(Duration.ofSeconds(30)).until(() -> lines(endpoint).size() == 1
                && lines(endpoint).get(0).get("status").asText().equals("FAILED"));
        JsonNode failed = lines(endpoint).get(0);
        assertThat(failed.get("lastError").asText()).contains("réseau interne").contains("169.254.169.254");
        JsonNode attempts = http().get(deliveries(endpoint) + "/" + failed.get("id").asText() + "/attempts")
                .expect(200).body();
        assertThat(attempts).hasSize(failed.get("attempts").asInt()).hasSizeGreaterThan(1)
                .allSatisfy(attempt -> assertThat(attempt.get("error").asText()).contains("réseau interne"));
        assertThat(receiver.received()).isEmpty();
    }

    private String deliveries(JsonNode endpoint) {
        return "/communes/" + commune + "/webhooks/" + endpoint.get("id").asText() + "/deliveries";
    }

    private List<JsonNode> lines(JsonNode endpoint) {
        List<JsonNode> lines = new java.util.ArrayList<>();
        http().get(deliveries(endpoint)).expect(200).body().forEach(lines::add);
        return lines;
    }

    private AppointmentCancelled cancelled(String appointmentId) {
        return new AppointmentCancelled(Events.newId(), Instant.now(), commune, appointmentId,
                Events.appointment(Instant.now().plus(Duration.ofDays(3))), CancelledBy.CITIZEN, null, null, List.of());
    }

    private void publishContact(String appointmentId) {
        Events.publish(new AppointmentContact(appointmentId, commune, "Jeanne Martin", appointmentId + "@example.fr",
                null, "tok-" + appointmentId, "fr"));
    }
}
