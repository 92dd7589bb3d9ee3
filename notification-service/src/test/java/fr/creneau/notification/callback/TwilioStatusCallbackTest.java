package fr.creneau.notification.callback;

import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.notification.support.Notices;
import fr.creneau.testsupport.KafkaProbe;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TwilioStatusCallbackTest extends NotificationIntegrationTest {

    private static final String CALLBACK = "https://rdv.example.fr/api/notifications/twilio/status";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignedDeliveryReportMarksTheSmsDelivered() throws Exception {
        String mobile = sentSms();
        String sid = providerId(mobile);

        ServiceResponse response = report(Map.of("MessageSid", sid, "MessageStatus", "delivered",
                "To", mobile, "AccountSid", ACCOUNT_SID), true);

        assertThat(response.status()).isEqualTo(204);
        assertThat(Notices.statuses(jdbc, mobile)).containsExactly("DELIVERED");
        assertThat(Notices.outcomes(jdbc, mobile)).containsExactly("SENT", "DELIVERED");
    }

    @Test
    void anUndeliveredReportIsRecordedWithItsErrorCode() throws Exception {
        String mobile = sentSms();
        String sid = providerId(mobile);

        report(Map.of("MessageSid", sid, "MessageStatus", "sent"), true);
        report(Map.of("MessageSid", sid, "MessageStatus", "undelivered", "ErrorCode", "30003"), true);

        assertThat(Notices.statuses(jdbc, mobile)).containsExactly("UNDELIVERED");
        assertThat(Notices.details(jdbc, mobile)).contains("Twilio undelivered (erreur 30003)");
    }

    @Test
    void aReportWithoutAValidSignatureIsRefused() throws Exception {
        String mobile = sentSms();

        ServiceResponse response = report(Map.of("MessageSid", providerId(mobile), "MessageStatus", "delivered"),
                false);

        assertThat(response.status()).isEqualTo(403);
        assertThat(Notices.statuses(jdbc, mobile)).containsExactly("SENT");
    }

    private String sentSms() {
        String mobile = "+33677" + String.format("%06d", (int) (Math.random() * 1_000_000));
        KafkaProbe.send("notification.otp", "cb", """
                {"eventId":"%s","occurredAt":"%s","communeId":"villeneuve","appointmentId":"a-cb","code":"222222",
                 "fullName":"Jeanne Martin","mobile":"%s","expiresAt":"%s"}"""
                .formatted(UUID.randomUUID(), Instant.now(), mobile, Instant.now().plusSeconds(600)));
        await().atMost(Duration.ofSeconds(20)).until(() -> Notices.statuses(jdbc, mobile).equals(List.of("SENT")));
        return mobile;
    }

    private String providerId(String mobile) {
        return jdbc.sql("SELECT provider_id FROM notice WHERE recipient = :r").param("r", mobile)
                .query(String.class).single();
    }

    private ServiceResponse report(Map<String, String> params, boolean signed) throws Exception {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        params.forEach(form::add);
        return http.withHeader("X-Twilio-Signature", signed ? signature(params) : "forged")
                .postForm("/api/notifications/twilio/status", form);
    }

    /** Twilio's scheme: HMAC-SHA1 with the auth token over the URL followed by each parameter, sorted, name then value. */
    private static String signature(Map<String, String> params) throws Exception {
        StringBuilder data = new StringBuilder(CALLBACK);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("secret-token".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
