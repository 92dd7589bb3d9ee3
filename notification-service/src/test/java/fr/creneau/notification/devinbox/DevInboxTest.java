package fr.creneau.notification.devinbox;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.testsupport.KafkaProbe;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the dev inbox asked for (CRENEAU_DEV_INBOX=true, as ./creneau does) and without Twilio and SMTP settings, every
 * message lands in the dev inbox, listed newest first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevInboxTest {

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "notification_dev");
        registry.add("creneau.dev-inbox.enabled", () -> "true");
        registry.add("db-scheduler.polling-interval", () -> "200ms");
        for (String binding : List.of("oneTimeCodes", "contacts", "bookingEvents", "deadLetters")) {
            registry.add("spring.cloud.stream.bindings." + binding + "-in-0.group", () -> "notification-dev-inbox");
        }
    }

    @LocalServerPort
    int port;

    @Test
    void withoutTwilioOrSmtpTheCodeLandsInTheDevInboxBySmsAndByEmail() throws Exception {
        String mobile = "+33699" + String.format("%06d", (int) (Math.random() * 1_000_000));
        KafkaProbe.send("notification.otp", "a-dev", """
                {"eventId":"%s","occurredAt":"%s","communeId":"villeneuve","appointmentId":"a-dev","code":"909090",
                 "fullName":"Jeanne Martin","email":"dev-%s@example.fr","mobile":"%s","expiresAt":"%s","locale":"fr"}"""
                .formatted(UUID.randomUUID(), Instant.now(), mobile.substring(1), mobile,
                        Instant.now().plusSeconds(600)));

        await().atMost(Duration.ofSeconds(20)).until(() -> messagesFor(mobile).size() == 2);
        List<JsonNode> messages = messagesFor(mobile);
        JsonNode email = messages.stream().filter(m -> m.get("channel").asText().equals("EMAIL")).findFirst().orElseThrow();
        JsonNode sms = messages.stream().filter(m -> m.get("channel").asText().equals("SMS")).findFirst().orElseThrow();
        assertThat(sms.get("to").asText()).isEqualTo(mobile);
        assertThat(sms.get("body").asText()).contains("909090");
        assertThat(sms.get("kind").asText()).isEqualTo("ONE_TIME_CODE");
        assertThat(sms.has("subject")).isTrue();
        assertThat(email.get("to").asText()).isEqualTo("dev-" + mobile.substring(1) + "@example.fr");
        assertThat(email.get("subject").asText()).isEqualTo("Votre code de confirmation : 909090");
        assertThat(Instant.parse(email.get("sentAt").asText())).isBefore(Instant.now().plusSeconds(1));
    }

    private List<JsonNode> messagesFor(String mobile) throws Exception {
        JsonNode all = ServiceClient.on(port, "").get("/api/notifications/dev-inbox").body();
        List<JsonNode> matching = new ArrayList<>();
        all.forEach(message -> {
            if (message.get("to").asText().contains(mobile.substring(1))) {
                matching.add(message);
            }
        });
        return matching;
    }
}
