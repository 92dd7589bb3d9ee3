package fr.creneau.stats;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.CancelledBy;
import fr.creneau.booking.api.Channel;
import fr.creneau.notification.api.SmsDelivered;
import fr.creneau.notification.api.SmsDeliveryFailed;
import fr.creneau.notification.api.SmsEncoding;
import fr.creneau.notification.api.SmsSent;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RebuildTest extends StatsIntegrationTest {

    private static final List<String> VIEWS = List.of("/summary", "/figures?period=day", "/figures?period=week",
            "/figures?period=month&groupBy=place", "/figures?period=day&groupBy=counter",
            "/figures?period=month&groupBy=agent", "/figures?period=month&groupBy=service",
            "/figures?period=month&groupBy=type", "/figures?period=month&groupBy=option",
            "/figures?period=month&groupBy=channel", "/figures?period=day&groupBy=commune");

    private final String commune = "rebuild-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void replayingTheTopicsFromTheStartIntoAnEmptyStoreGivesExactlyTheSameFigures() {
        aLivedMonth();
        // the snapshot is taken once the last event of every appointment and of the planning is applied
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode summary = read(http.get("/api/stats/communes/{c}/summary", commune).bodyAsString());
            assertThat(summary.get("booked").asLong()).isEqualTo(5);
            assertThat(summary.get("confirmed").asLong()).isEqualTo(4);
            assertThat(summary.get("attended").asLong()).isEqualTo(1);
            assertThat(summary.get("cancelledByMairie").asLong()).isEqualTo(1);
            assertThat(summary.get("rescheduled").asLong()).isEqualTo(1);
            assertThat(summary.get("refused").asLong()).isEqualTo(1);
            assertThat(summary.get("capacityMinutes").asLong()).isEqualTo(240);
            assertThat(summary.get("smsSent").asLong()).isEqualTo(3);
            assertThat(summary.get("smsDelivered").asLong()).isEqualTo(1);
            assertThat(summary.get("smsDeliveryFailed").asLong()).isEqualTo(1);
            assertThat(http.get("/api/stats/communes/{c}/figures?groupBy=place", commune).bodyAsString())
                    .contains("Hôtel de ville");
        });
        Map<String, JsonNode> original = views(http);

        try (ConfigurableApplicationContext rebuilt = startEmptyStatsService()) {
            ServiceClient client = ServiceClient.on(
                    Integer.parseInt(rebuilt.getEnvironment().getProperty("local.server.port")), "").asTheGateway();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(views(client)).isEqualTo(original));
        }
    }

    private void aLivedMonth() {
        Events.publish(Planning.open(commune, "place-mairie", "counter-1", "2026-12-01", "2026-12-01T08:00:00Z",
                "2026-12-01T11:00:00Z", 2));
        Events.publish(Planning.open(commune, "place-mairie", "counter-1", "2026-12-01", "2026-12-01T08:00:00Z",
                "2026-12-01T10:00:00Z", 2));
        Events.publish(Planning.place(commune, "place-mairie", "Hôtel de ville"));
        AppointmentStory attended = mairie().agent("agent-1").option("option-cni", "CNI");
        AppointmentConfirmed confirmed = attended.confirmed();
        Events.publish(confirmed);
        Events.publish(confirmed);
        Events.publish(attended.attended());
        AppointmentStory cancelled = mairie().by(Channel.PHONE).bookedAt("2026-11-30T10:00:00Z");
        Events.publish(cancelled.confirmed());
        Events.publish(cancelled.cancelledBy(CancelledBy.AGENT));
        AppointmentStory moved = mairie().type("type-passeport", "Passeport");
        Events.publish(moved.reserved());
        Events.publish(moved.confirmed());
        Events.publish(moved.unscheduled());
        Events.publish(moved.rescheduledTo("2026-12-09T09:00:00Z"));
        AppointmentStory approved = mairie().service("service-cabinet").at("2026-12-15T14:00:00Z");
        Events.publish(approved.awaitingApproval());
        Events.publish(approved.approved());
        AppointmentStory refused = mairie().at("2026-12-16T14:00:00Z");
        Events.publish(refused.awaitingApproval());
        Events.publish(refused.refused());
        SmsSent code = sms(cancelled, "ONE_TIME_CODE", "2026-11-30T10:00:00Z", 1, SmsEncoding.GSM_7, 7);
        SmsSent confirmation = sms(cancelled, "CONFIRMATION", "2026-11-30T10:01:00Z", 2, SmsEncoding.GSM_7, 14);
        SmsSent cancellation = sms(cancelled, "CANCELLED_BY_MAIRIE", "2026-11-30T23:10:00Z", 4, SmsEncoding.UCS_2, 28);
        Events.publish(code);
        Events.publish(confirmation);
        Events.publish(confirmation);
        Events.publish(cancellation);
        Events.publish(new SmsDelivered(UUID.randomUUID().toString(), Instant.parse("2026-11-30T10:01:09Z"), commune,
                confirmation.noticeId()));
        Events.publish(new SmsDeliveryFailed(UUID.randomUUID().toString(), Instant.parse("2026-11-30T23:11:00Z"),
                commune, cancellation.noticeId(), "30003"));
    }

    private SmsSent sms(AppointmentStory about, String kind, String at, int segments, SmsEncoding encoding,
            long cents) {
        return new SmsSent(UUID.randomUUID().toString(), Instant.parse(at), commune, UUID.randomUUID().toString(),
                about.appointmentId(), kind, segments, encoding, cents);
    }

    private AppointmentStory mairie() {
        return AppointmentStory.in(commune).place("place-mairie", "Mairie").at("2026-12-01T08:30:00Z");
    }

    private Map<String, JsonNode> views(ServiceClient client) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        for (String view : VIEWS) {
            views.put(view, client.get("/api/stats/communes/" + commune + view).expect(200).body());
        }
        return views;
    }

    private static ConfigurableApplicationContext startEmptyStatsService() {
        String group = "stats-rebuild-" + UUID.randomUUID();
        return new SpringApplicationBuilder(StatsApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + TestInfrastructure.newDatabase("stats_rebuild"),
                "--spring.datasource.username=" + TestInfrastructure.postgresUser(),
                "--spring.datasource.password=" + TestInfrastructure.postgresPassword(),
                "--spring.cloud.stream.kafka.binder.brokers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--spring.cloud.stream.bindings.bookingEvents-in-0.group=" + group,
                "--spring.cloud.stream.bindings.planningEvents-in-0.group=" + group,
                "--spring.cloud.stream.bindings.notificationEvents-in-0.group=" + group,
                "--spring.jmx.enabled=false",
                // as StatsIntegrationTest: BatchProjectionTest's unreadable record is on booking.events for good
                "--creneau.stats.consumer.max-attempts=3",
                "--creneau.stats.consumer.back-off-initial-interval=200",
                "--creneau.stats.consumer.back-off-max-interval=500",
                "--creneau.identity.key=" + AgentHeaders.KEY);
    }

    private static JsonNode read(String body) {
        try {
            return Events.JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
