package fr.creneau.stats;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.notification.api.NotificationEvent;
import fr.creneau.notification.api.SmsDelivered;
import fr.creneau.notification.api.SmsDeliveryFailed;
import fr.creneau.notification.api.SmsEncoding;
import fr.creneau.notification.api.SmsSent;
import fr.creneau.testsupport.KafkaProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** SMS sent and their cost per commune, from notification.events. */
class SmsFiguresTest extends StatsIntegrationTest {

    private final String commune = "sms-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theSmsACommuneSentAreCountedOnTheirParisDayWithSegmentsCostAndDelivery() {
        SmsSent confirmation = sent("2026-12-01T09:00:00Z", 2, SmsEncoding.GSM_7, 14);
        SmsSent lateReminder = sent("2026-12-01T22:30:00Z", 3, SmsEncoding.UCS_2, 21);
        SmsSent afterMidnightInParis = sent("2026-12-01T23:30:00Z", 1, SmsEncoding.GSM_7, 7);
        Events.publish(confirmation);
        Events.publish(lateReminder);
        Events.publish(afterMidnightInParis);
        Events.publish(confirmation);
        Events.publish(new SmsDelivered(id(), Instant.parse("2026-12-01T09:00:05Z"), commune, confirmation.noticeId()));
        Events.publish(new SmsDeliveryFailed(id(), Instant.parse("2026-12-01T22:31:00Z"), commune,
                lateReminder.noticeId(), "30003"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode summary = get("/summary");
            assertThat(summary.get("smsSent").asLong()).isEqualTo(3);
            assertThat(summary.get("smsDelivered").asLong()).isEqualTo(1);
            assertThat(summary.get("smsDeliveryFailed").asLong()).isEqualTo(1);
        });
        JsonNode summary = get("/summary");
        assertThat(summary.get("smsSegments").asLong()).isEqualTo(6);
        assertThat(summary.get("smsCostEuroCents").asLong()).isEqualTo(42);
        JsonNode days = get("/figures?period=day").get("rows");
        assertThat(days).hasSize(2);
        assertThat(days.get(0).get("periodStart").asText()).isEqualTo("2026-12-01");
        assertThat(days.get(0).get("smsSent").asLong()).isEqualTo(2);
        assertThat(days.get(0).get("smsCostEuroCents").asLong()).isEqualTo(35);
        assertThat(days.get(1).get("periodStart").asText()).isEqualTo("2026-12-02");
        assertThat(days.get(1).get("smsSegments").asLong()).isEqualTo(1);
        assertThat(get("/figures?period=month&groupBy=commune").get("rows").get(0).get("smsSent").asLong()).isEqualTo(3);
        assertThat(get("/summary?from=2026-12-02&to=2026-12-02").get("smsSent").asLong()).isEqualTo(1);
        assertThat(http.get("/api/stats/communes/{c}/summary", commune + "-other").bodyAsString())
                .contains("\"smsSent\":0");
    }

    @Test
    void smsFiguresAreGivenForTheCommuneOnlyNotForAPlaceOrAType() {
        Events.publish(sent("2026-12-03T09:00:00Z", 1, SmsEncoding.GSM_7, 7));
        Events.publish(AppointmentStory.in(commune).at("2026-12-03T09:00:00Z").confirmed());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get("/summary").get("confirmed").asLong()
                + get("/summary").get("smsSent").asLong()).isEqualTo(2));
        JsonNode byPlace = get("/figures?groupBy=place").get("rows").get(0);
        assertThat(byPlace.get("booked").asLong()).isEqualTo(1);
        assertThat(byPlace.get("smsSent").isNull()).isTrue();
        assertThat(get("/summary?placeId=place-mairie").get("smsCostEuroCents").isNull()).isTrue();
    }

    @Test
    void theCsvGivesTheSmsCostInEuros() {
        Events.publish(sent("2026-12-04T09:00:00Z", 5, SmsEncoding.UCS_2, 35));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get("/summary").get("smsSent").asLong())
                .isEqualTo(1));
        byte[] csv = http.get("/api/stats/communes/{c}/figures.csv?period=month", commune).bytes();
        String[] lines = new String(csv, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).endsWith(";sms_envoyes;sms_segments;cout_sms_euros;sms_distribues;sms_non_distribues");
        assertThat(lines[1]).startsWith("2026-12-01;").endsWith(";1;5;0,35;0;0");
    }

    @Test
    void theAnalystsStreamCarriesTheCommunesSmsFiguresOfTheDay() {
        try (KafkaProbe probe = new KafkaProbe("stats.appointments")) {
            SmsSent sms = sent("2026-12-05T09:00:00Z", 2, SmsEncoding.GSM_7, 14);
            Events.publish(sms);
            Events.publish(new SmsDelivered(id(), Instant.parse("2026-12-05T09:00:03Z"), commune, sms.noticeId()));

            JsonNode cell = KafkaProbe.parse(probe.await(record -> commune.equals(record.path("communeId").asText())
                    && record.path("smsDelivered").asLong() == 1, Duration.ofSeconds(30)).value());
            assertThat(cell.get("type").asText()).isEqualTo("AppointmentFigures.v1");
            assertThat(cell.get("dimension").asText()).isEqualTo("commune");
            assertThat(cell.get("date").asText()).isEqualTo("2026-12-05");
            assertThat(cell.get("smsSent").asLong()).isEqualTo(1);
            assertThat(cell.get("smsCostEuroCents").asLong()).isEqualTo(14);
        }
    }

    @Test
    void aNotificationEventOfAnUnknownTypeIsSkipped() {
        KafkaProbe.send(NotificationEvent.TOPIC, "n-x", """
                {"type":"EmailBounced.v1","eventId":"%s","occurredAt":"2026-12-06T09:00:00Z","communeId":"%s",
                 "noticeId":"n-x"}""".formatted(id(), commune));
        Events.publish(sent("2026-12-06T09:00:00Z", 1, SmsEncoding.GSM_7, 7));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get("/summary").get("smsSent").asLong())
                .isEqualTo(1));
    }

    @Test
    void theTopicsAFigureCanBeRebuiltFromAreKeptForeverWhenThisServiceCreatesThem() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            for (String topic : List.of("booking.events", "planning.events", "notification.events")) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                assertThat(config.get("retention.ms").value()).as(topic).isEqualTo("-1");
            }
        }
    }

    private SmsSent sent(String at, int segments, SmsEncoding encoding, long cents) {
        return new SmsSent(id(), Instant.parse(at), commune, id(), id(), "REMINDER", segments, encoding, cents);
    }

    private JsonNode get(String view) {
        try {
            return Events.JSON.readTree(http.get("/api/stats/communes/" + commune + view).bodyAsString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
