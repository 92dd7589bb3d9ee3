package fr.creneau.notification.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.notification.sms.domain.SmsSegments;
import fr.creneau.notification.support.Citizen;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What notification.events says of the SMS sent, as stats-service reads it. */
class SmsEventsTest extends NotificationIntegrationTest {

    private static final String CALLBACK = "https://rdv.example.fr/api/notifications/twilio/status";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anSmsSentIsPublishedWithItsCommuneKindSegmentsAndCostButNoPersonalData() {
        String commune = "events-" + Events.newId().substring(0, 8);
        Citizen citizen = Citizen.withContact();

        try (KafkaProbe probe = new KafkaProbe("notification.events")) {
            Events.publish(confirmed(commune, citizen));
            String body = citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body");

            ConsumerRecord<String, String> record = probe.await(sentIn(commune), Duration.ofSeconds(20));
            JsonNode sent = KafkaProbe.parse(record.value());
            assertThat(sent.get("appointmentId").asText()).isEqualTo(citizen.appointmentId());
            assertThat(sent.get("noticeKind").asText()).isEqualTo("CONFIRMATION");
            assertThat(sent.get("segments").asInt()).isEqualTo(SmsSegments.of(body).segments()).isEqualTo(2);
            assertThat(sent.get("encoding").asText()).isEqualTo("GSM_7");
            assertThat(sent.get("costEuroCents").asLong()).isEqualTo(14);
            assertThat(sent.get("eventId").asText()).isNotBlank();
            assertThat(record.key()).isEqualTo(sent.get("noticeId").asText());
            assertThat(record.value()).doesNotContain(citizen.mobile()).doesNotContain("Jeanne");
        }
    }

    @Test
    void aRedeliveredBookingEventPublishesNoSecondSms() {
        String commune = "events-" + Events.newId().substring(0, 8);
        Citizen citizen = Citizen.withContact();
        AppointmentConfirmed confirmed = confirmed(commune, citizen);

        try (KafkaProbe probe = new KafkaProbe("notification.events")) {
            Events.publish(confirmed);
            probe.await(sentIn(commune), Duration.ofSeconds(20));
            Events.publish(confirmed);

            List<JsonNode> sent = probe.drain(Duration.ofSeconds(4)).stream().map(r -> KafkaProbe.parse(r.value()))
                    .filter(sentIn(commune)::test).toList();
            assertThat(sent).hasSize(1);
        }
        assertThat(citizen.sms(twilio, ACCOUNT_SID)).hasSize(1);
    }

    @Test
    void twiliosDeliveryReportsArePublishedOnceEachUnderTheSmsKey() throws Exception {
        String commune = "events-" + Events.newId().substring(0, 8);
        Citizen citizen = Citizen.withContact();

        try (KafkaProbe probe = new KafkaProbe("notification.events")) {
            Events.publish(confirmed(commune, citizen));
            String noticeId = probe.await(sentIn(commune), Duration.ofSeconds(20)).key();
            String sid = jdbc.sql("SELECT provider_id FROM notice WHERE id = CAST(:id AS uuid)").param("id", noticeId)
                    .query(String.class).single();

            report(Map.of("MessageSid", sid, "MessageStatus", "undelivered", "ErrorCode", "30003"));
            report(Map.of("MessageSid", sid, "MessageStatus", "undelivered", "ErrorCode", "30003"));
            report(Map.of("MessageSid", sid, "MessageStatus", "delivered"));

            probe.await(node -> node.get("type").asText().equals("SmsDelivered.v1")
                    && node.get("noticeId").asText().equals(noticeId), Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> ofThatSms = probe.drain(Duration.ofSeconds(3)).stream()
                    .filter(r -> noticeId.equals(r.key())).toList();
            assertThat(ofThatSms).extracting(r -> KafkaProbe.parse(r.value()).get("type").asText())
                    .containsExactly("SmsSent.v1", "SmsDeliveryFailed.v1", "SmsDelivered.v1");
            assertThat(KafkaProbe.parse(ofThatSms.get(1).value()).get("errorCode").asText()).isEqualTo("30003");
            assertThat(ofThatSms).allSatisfy(r -> assertThat(KafkaProbe.parse(r.value()).get("communeId").asText())
                    .isEqualTo(commune));
        }
    }

    @Test
    void anEmailPublishesNothingAndEveryOutboxRowIsMarkedPublished() {
        String commune = "events-" + Events.newId().substring(0, 8);
        Citizen citizen = Citizen.withContact();

        Events.publish(confirmed(commune, citizen));
        citizen.awaitEmail(smtp, 1);
        citizen.awaitSms(twilio, ACCOUNT_SID, 1);

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM notification_outbox WHERE payload LIKE :commune AND published_at IS NOT NULL""")
                .param("commune", "%\"" + commune + "\"%").query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification_outbox WHERE payload LIKE :commune")
                .param("commune", "%\"" + commune + "\"%").query(Long.class).single()).isEqualTo(1);
    }

    private static AppointmentConfirmed confirmed(String commune, Citizen citizen) {
        return new AppointmentConfirmed(Events.newId(), Instant.now(), commune, citizen.appointmentId(),
                Events.appointment(Instant.parse("2026-12-01T08:20:00Z")));
    }

    private static java.util.function.Predicate<JsonNode> sentIn(String commune) {
        return node -> node.get("type").asText().equals("SmsSent.v1") && node.get("communeId").asText().equals(commune);
    }

    private void report(Map<String, String> params) throws Exception {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        params.forEach(form::add);
        assertThat(http.withHeader("X-Twilio-Signature", signature(params))
                .postForm("/api/notifications/twilio/status", form).status()).isEqualTo(204);
    }

    /** Twilio's scheme: HMAC-SHA1 with the auth token over the URL followed by each parameter, sorted. */
    private static String signature(Map<String, String> params) throws Exception {
        StringBuilder data = new StringBuilder(CALLBACK);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("secret-token".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
