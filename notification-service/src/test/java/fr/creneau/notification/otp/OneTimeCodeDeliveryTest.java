package fr.creneau.notification.otp;

import com.icegreen.greenmail.util.GreenMailUtil;
import fr.creneau.notification.support.FakeTwilio;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.notification.support.Mailbox;
import fr.creneau.notification.support.Notices;
import fr.creneau.testsupport.KafkaProbe;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OneTimeCodeDeliveryTest extends NotificationIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCodeArrivesBySmsThroughTwilioAndByEmailThroughSmtp() throws Exception {
        String mobile = uniqueMobile();
        String email = "otp-" + UUID.randomUUID() + "@example.fr";

        KafkaProbe.send("notification.otp", "a-1", oneTimeCode(UUID.randomUUID().toString(), "482915", mobile, email));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile)).hasSize(1);
            assertThat(Mailbox.of(smtp, email)).hasSize(1);
        });
        Map<String, String> sms = FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile).get(0);
        assertThat(sms.get("Body")).contains("482915");
        assertThat(sms.get("From")).isEqualTo("+33700000000");
        assertThat(sms.get("StatusCallback")).isEqualTo("https://rdv.example.fr/api/notifications/twilio/status");
        MimeMessage mail = Mailbox.of(smtp, email).get(0);
        assertThat(mail.getSubject()).isEqualTo("Votre code de confirmation : 482915");
        assertThat(GreenMailUtil.getBody(mail)).contains("Jeanne Martin");
    }

    @Test
    void aRedeliveredCodeIsSentOnlyOnce() {
        String mobile = uniqueMobile();
        String email = "otp-" + UUID.randomUUID() + "@example.fr";
        String json = oneTimeCode(UUID.randomUUID().toString(), "771203", mobile, email);

        KafkaProbe.send("notification.otp", "a-2", json);
        KafkaProbe.send("notification.otp", "a-2", json);

        await().atMost(Duration.ofSeconds(20)).until(() -> FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile).size() == 1
                && Mailbox.of(smtp, email).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).untilAsserted(() -> {
            assertThat(FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile)).hasSize(1);
            assertThat(Mailbox.of(smtp, email)).hasSize(1);
        });
    }

    @Test
    void aCodeWithoutAMobileGoesOnlyByEmail() {
        String email = "otp-" + UUID.randomUUID() + "@example.fr";

        KafkaProbe.send("notification.otp", "a-3", oneTimeCode(UUID.randomUUID().toString(), "100200", null, email));

        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(smtp, email).size() == 1);
        List<String> bodies = twilio.getAllServeEvents().stream()
                .map(event -> event.getRequest().getBodyAsString()).filter(body -> body.contains("100200")).toList();
        assertThat(bodies).isEmpty();
    }

    @Test
    void aCommuneSendingCodesBySmsStillSendsOneByEmailToACitizenWhoGaveNoMobile() throws Exception {
        String commune = "otp-sms-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "otp-" + UUID.randomUUID() + "@example.fr";
        http.put("/api/notifications/communes/{c}/channels", Map.of("ONE_TIME_CODE", List.of("SMS")), commune);

        KafkaProbe.send("notification.otp", "a-5", oneTimeCode(UUID.randomUUID().toString(), "252627", null, email)
                .replace("\"communeId\":\"villeneuve\"", "\"communeId\":\"" + commune + "\""));

        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(smtp, email).size() == 1);
        assertThat(Mailbox.of(smtp, email).get(0).getSubject()).contains("252627");
    }

    @Test
    void aCodeThatExpiredBeforeItCouldBeSentIsNotSent() {
        String mobile = uniqueMobile();
        String expired = """
                {"eventId":"%s","occurredAt":"%s","communeId":"villeneuve","appointmentId":"a-4","code":"313131",
                 "fullName":"Jeanne Martin","mobile":"%s","expiresAt":"%s"}"""
                .formatted(UUID.randomUUID(), Instant.now(), mobile, Instant.now().minusSeconds(1));

        KafkaProbe.send("notification.otp", "a-4", expired);

        await().atMost(Duration.ofSeconds(20)).until(() -> Notices.statuses(jdbc, mobile).equals(List.of("EXPIRED")));
        assertThat(FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile)).isEmpty();
    }

    static String oneTimeCode(String eventId, String code, String mobile, String email) {
        return """
                {"eventId":"%s","occurredAt":"%s","communeId":"villeneuve","appointmentId":"a-otp","code":"%s",
                 "fullName":"Jeanne Martin","email":%s,"mobile":%s,"expiresAt":"%s","locale":"fr"}"""
                .formatted(eventId, Instant.now(), code, quoted(email), quoted(mobile),
                        Instant.now().plus(Duration.ofMinutes(10)));
    }

    static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    static String uniqueMobile() {
        return "+336" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }
}
