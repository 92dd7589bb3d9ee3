package fr.creneau.notification.delivery;

import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.notification.support.Mailbox;
import fr.creneau.notification.support.Notices;
import fr.creneau.testsupport.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SmtpOutageTest extends NotificationIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anSmtpOutageDelaysTheEmailButLosesNothing() throws Exception {
        String email = "panne-" + UUID.randomUUID() + "@example.fr";
        smtp.stop();
        try {
            KafkaProbe.send("notification.otp", "smtp", """
                    {"eventId":"%s","occurredAt":"%s","communeId":"villeneuve","appointmentId":"a-smtp","code":"565656",
                     "fullName":"Jeanne Martin","email":"%s","expiresAt":"%s"}"""
                    .formatted(UUID.randomUUID(), Instant.now(), email, Instant.now().plusSeconds(600)));
            await().atMost(Duration.ofSeconds(20)).until(() -> Notices.outcomes(jdbc, email).size() >= 2);
            assertThat(Notices.statuses(jdbc, email)).containsExactly("PENDING");
        } finally {
            smtp.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.of(smtp, email).size() == 1);
        // the notice is recorded as sent just after the server took the message: on a busy machine, a moment later
        await().atMost(Duration.ofSeconds(10)).until(() -> Notices.statuses(jdbc, email).equals(List.of("SENT")));
        assertThat(Mailbox.of(smtp, email)).hasSize(1);
        assertThat(Mailbox.of(smtp, email).get(0).getSubject()).isEqualTo("Votre code de confirmation : 565656");
    }
}
