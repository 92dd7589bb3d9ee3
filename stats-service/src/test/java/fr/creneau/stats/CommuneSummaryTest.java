package fr.creneau.stats;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.api.AppointmentConfirmed;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CommuneSummaryTest extends StatsIntegrationTest {

    private final String commune = "villeneuve-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aConfirmedAppointmentIsCountedInTheCommuneSummary() {
        Events.publish(AppointmentStory.in(commune).confirmed());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(summary().get("confirmed").asLong())
                .isEqualTo(1));
        JsonNode summary = summary();
        assertThat(summary.get("communeId").asText()).isEqualTo(commune);
        assertThat(summary.get("booked").asLong()).isEqualTo(1);
        assertThat(summary.get("cancelled").asLong()).isZero();
        assertThat(summary.get("attended").asLong()).isZero();
        assertThat(summary.get("noShow").asLong()).isZero();
    }

    @Test
    void theSameEventDeliveredTwiceIsCountedOnce() {
        AppointmentStory story = AppointmentStory.in(commune);
        AppointmentConfirmed confirmed = story.confirmed();
        Events.publish(confirmed);
        Events.publish(confirmed);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(summary().get("confirmed").asLong())
                .isEqualTo(1));
        assertThat(summary().get("booked").asLong()).isEqualTo(1);
    }

    @Test
    void aRedeliveredOldEventDoesNotUndoALaterOne() {
        AppointmentStory story = AppointmentStory.in(commune);
        AppointmentConfirmed confirmed = story.confirmed();
        Events.publish(confirmed);
        Events.publish(story.attended());
        Events.publish(confirmed);
        Events.publish(story.assignedTo("agent-marker"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.get("/api/stats/communes/{communeId}/figures?groupBy=agent", commune).bodyAsString())
                .contains("agent-marker"));
        JsonNode summary = summary();
        assertThat(summary.get("attended").asLong()).isEqualTo(1);
        assertThat(summary.get("confirmed").asLong()).isEqualTo(1);
    }

    @Test
    void aCommuneWithoutAppointmentsHasAZeroSummary() {
        JsonNode summary = summary();

        assertThat(summary.get("communeId").asText()).isEqualTo(commune);
        assertThat(summary.get("confirmed").asLong()).isZero();
        assertThat(summary.get("booked").asLong()).isZero();
    }

    private JsonNode summary() {
        String body = http.get("/api/stats/communes/{communeId}/summary", commune).bodyAsString();
        try {
            return Events.JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
