package fr.creneau.notification.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.notification.support.Citizen;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.Mailbox;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.KafkaProbe;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An installation with no SMS at all (NOTIFICATION_CHANNELS=EMAIL) and no Twilio account: it starts, e-mail carries
 * every notice, the one-time code included, and no commune can choose SMS, nor lose its codes to an old choice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmsSwitchedOffTest {

    private static final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "notification_email_only");
        registry.add("creneau.notification.channels", () -> "EMAIL");
        registry.add("creneau.notification.smtp.host", () -> "127.0.0.1");
        registry.add("creneau.notification.smtp.port", () -> smtp.getSmtp().getPort());
        registry.add("db-scheduler.polling-interval", () -> "200ms");
        for (String binding : List.of("oneTimeCodes", "contacts", "bookingEvents", "planningEvents", "deadLetters")) {
            registry.add("spring.cloud.stream.bindings." + binding + "-in-0.group", () -> "notification-email-only");
        }
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** With no identity but the one a test sends: this service is not the shared one of NotificationIntegrationTest. */
    private ServiceClient http() {
        return ServiceClient.on(port, "");
    }

    @Test
    void everyNoticeOfACommuneGoesByEmailOnly() {
        String commune = "courriel-" + UUID.randomUUID().toString().substring(0, 8);

        JsonNode channels = http().as(AgentHeaders.of(commune))
                .get("/api/notifications/communes/{c}/channels", commune).body();

        channels.fields().forEachRemaining(kind -> assertThat(kind.getValue().toString()).as(kind.getKey())
                .isEqualTo("[\"EMAIL\"]"));
    }

    @Test
    void noCommuneCanChooseAChannelTheInstallationDoesNotHave() {
        String commune = "courriel-" + UUID.randomUUID().toString().substring(0, 8);

        ServiceResponse refused = http().as(AgentHeaders.of(commune))
                .put("/api/notifications/communes/{c}/channels", Map.of("ONE_TIME_CODE", List.of("SMS")), commune);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).hasToString("application/problem+json");
        assertThat(refused.body().get("detail").asText()).contains("SMS", "NOTIFICATION_CHANNELS");
    }

    @Test
    void aCodeOnceSetToGoBySmsNowGoesByEmail() {
        String commune = "courriel-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO channel_setting (commune_id, appointment_type_id, kind, channels)
                        VALUES (:c, '', 'ONE_TIME_CODE', 'SMS'), (:c, '', 'CONFIRMATION', 'SMS')""")
                .param("c", commune).update();
        Citizen citizen = Citizen.withContact();

        KafkaProbe.send("notification.otp", citizen.appointmentId(), """
                {"eventId":"%s","occurredAt":"%s","communeId":"%s","appointmentId":"%s","code":"414243",
                 "fullName":"Jeanne Martin","email":"%s","mobile":"%s","expiresAt":"%s","locale":"fr"}"""
                .formatted(UUID.randomUUID(), Instant.now(), commune, citizen.appointmentId(), citizen.email(),
                        citizen.mobile(), Instant.now().plusSeconds(600)));
        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, citizen.appointmentId(),
                Events.appointment(Instant.now().plus(Duration.ofDays(3)))));

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.of(smtp, citizen.email()).size() >= 2);
        assertThat(Mailbox.of(smtp, citizen.email())).extracting(Mailbox::text)
                .anyMatch(text -> text.contains("414243"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
