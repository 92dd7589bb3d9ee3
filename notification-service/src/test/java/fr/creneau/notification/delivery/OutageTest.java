package fr.creneau.notification.delivery;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import fr.creneau.notification.support.FakeTwilio;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.notification.support.Notices;
import fr.creneau.testsupport.KafkaProbe;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutageTest extends NotificationIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Test
    void aTwilioOutageDelaysTheSmsButLosesNothing() {
        String mobile = mobile();
        StubMapping outage = twilio.stubFor(post(urlEqualTo(FakeTwilio.messagesPath(ACCOUNT_SID))).atPriority(1)
                .withRequestBody(containing("To=" + URLEncoder.encode(mobile, StandardCharsets.UTF_8)))
                .willReturn(aResponse().withStatus(503)));

        sendCode(mobile);
        await().atMost(Duration.ofSeconds(20)).until(() -> Notices.outcomes(jdbc, mobile).size() >= 2);
        assertThat(Notices.statuses(jdbc, mobile)).containsExactly("PENDING");
        twilio.removeStub(outage);

        await().atMost(Duration.ofSeconds(20)).until(() -> Notices.statuses(jdbc, mobile).equals(List.of("SENT")));
        assertThat(accepted(mobile)).isEqualTo(1);
        List<String> outcomes = Notices.outcomes(jdbc, mobile);
        assertThat(outcomes.get(outcomes.size() - 1)).isEqualTo("SENT");
        assertThat(outcomes.subList(0, outcomes.size() - 1)).containsOnly("FAILED");
    }

    @Test
    void aBreakerOpensWhileTwilioIsDownAndClosesOnceItIsBack() {
        CircuitBreaker breaker = breakers.circuitBreaker("twilio");
        breaker.reset();
        StubMapping outage = twilio.stubFor(post(urlEqualTo(FakeTwilio.messagesPath(ACCOUNT_SID))).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        List<String> mobiles = IntStream.range(0, 3).mapToObj(i -> mobile()).toList();

        mobiles.forEach(this::sendCode);
        await().atMost(Duration.ofSeconds(20)).until(() -> mobiles.stream()
                .anyMatch(mobile -> Notices.details(jdbc, mobile).stream().anyMatch(d -> d.contains("CallNotPermitted"))));
        twilio.removeStub(outage);

        await().atMost(Duration.ofSeconds(30)).until(() -> mobiles.stream().allMatch(mobile -> accepted(mobile) == 1));
        // Twilio's acceptance comes before the SMS is recorded as sent (with its event, in one transaction)
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> mobiles.forEach(
                mobile -> assertThat(Notices.statuses(jdbc, mobile)).containsExactly("SENT")));
        await().atMost(Duration.ofSeconds(5)).until(() -> breaker.getState() == CircuitBreaker.State.CLOSED);
    }

    private void sendCode(String mobile) {
        KafkaProbe.send("notification.otp", "outage", """
                {"eventId":"%s","occurredAt":"%s","communeId":"villeneuve","appointmentId":"a-out","code":"424242",
                 "fullName":"Jeanne Martin","mobile":"%s","expiresAt":"%s"}"""
                .formatted(UUID.randomUUID(), Instant.now(), mobile, Instant.now().plusSeconds(600)));
    }

    private long accepted(String mobile) {
        return twilio.getAllServeEvents().stream()
                .filter(event -> event.getResponse().getStatus() == 201)
                .filter(event -> mobile.equals(FakeTwilio.form(event.getRequest()).get("To")))
                .count();
    }

    private static String mobile() {
        return "+33655" + String.format("%06d", (int) (Math.random() * 1_000_000));
    }
}
