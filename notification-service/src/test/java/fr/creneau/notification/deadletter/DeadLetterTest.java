package fr.creneau.notification.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import fr.creneau.notification.support.FakeTwilio;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.notification.support.Notices;
import fr.creneau.testsupport.KafkaProbe;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeadLetterTest extends NotificationIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRecordThatIsNotABookingEventEndsOnTheDeadLetterTopicAndIsListed() throws Exception {
        String garbage = "pas du JSON " + UUID.randomUUID();

        KafkaProbe.send("booking.events", "poison", garbage);

        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters().stream()
                .anyMatch(letter -> letter.path("payload").asText().equals(garbage)));
        JsonNode letter = deadLetters().stream().filter(l -> l.path("payload").asText().equals(garbage)).findFirst()
                .orElseThrow();
        assertThat(letter.path("source").asText()).isEqualTo("booking.events");
        assertThat(letter.path("error").asText()).isNotBlank();
    }

    @Test
    void aCodeRecordThatCannotBeReadEndsOnTheDeadLetterTopicAtOnce() throws Exception {
        String malformed = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"communeId\":\"villeneuve\",\"code\":";

        KafkaProbe.send("notification.otp", "poison", malformed);

        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters().stream()
                .anyMatch(letter -> letter.path("payload").asText().equals(malformed)));
        JsonNode letter = deadLetters().stream().filter(l -> l.path("payload").asText().equals(malformed))
                .findFirst().orElseThrow();
        assertThat(letter.path("source").asText()).isEqualTo("notification.otp");
        assertThat(letter.path("error").asText()).isNotBlank();
    }

    @Test
    void aMessageTwilioKeepsRefusingIsGivenUpOnListedAndSentAgainOnRequest() throws Exception {
        String mobile = "+33666" + String.format("%06d", (int) (Math.random() * 1_000_000));
        StubMapping refusal = twilio.stubFor(post(urlEqualTo(FakeTwilio.messagesPath(ACCOUNT_SID))).atPriority(1)
                .withRequestBody(containing("To=" + URLEncoder.encode(mobile, StandardCharsets.UTF_8)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\",\"status\":400}")));
        KafkaProbe.send("notification.otp", "dead", """
                {"eventId":"%s","occurredAt":"%s","communeId":"villeneuve","appointmentId":"a-dead","code":"111111",
                 "fullName":"Jeanne Martin","mobile":"%s","expiresAt":"%s"}"""
                .formatted(UUID.randomUUID(), Instant.now(), mobile, Instant.now().plusSeconds(600)));

        await().atMost(Duration.ofSeconds(40)).until(() -> Notices.statuses(jdbc, mobile).equals(List.of("DEAD")));
        twilio.removeStub(refusal);
        assertThat(Notices.outcomes(jdbc, mobile)).containsOnly("FAILED", "DEAD").contains("DEAD");
        String noticeId = jdbc.sql("SELECT id::text FROM notice WHERE recipient = :r").param("r", mobile)
                .query(String.class).single();
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters().stream()
                .anyMatch(letter -> letter.path("payload").asText().contains(noticeId)));

        var retried = http.post("/api/notifications/communes/villeneuve/notices/{id}/retry", null, noticeId);

        assertThat(retried.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> Notices.statuses(jdbc, mobile).equals(List.of("SENT")));
        assertThat(http.post("/api/notifications/communes/villeneuve/notices/{id}/retry", null,
                noticeId).status()).isEqualTo(409);
        assertThat(http.post("/api/notifications/communes/ailleurs/notices/{id}/retry", null,
                noticeId).status()).isEqualTo(404);
    }

    private List<JsonNode> deadLetters() throws Exception {
        JsonNode all = http.get("/api/notifications/dead-letters").body();
        return StreamSupport.stream(all.spliterator(), false).toList();
    }
}
