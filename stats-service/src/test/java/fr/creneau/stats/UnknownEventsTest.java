package fr.creneau.stats;

import fr.creneau.booking.api.BookingEvent;
import fr.creneau.testsupport.KafkaProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class UnknownEventsTest extends StatsIntegrationTest {

    private final String commune = "unknown-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anEventOfATypeThisVersionDoesNotKnowIsSkippedWithoutFailing() {
        AppointmentStory story = AppointmentStory.in(commune);
        String unknownId = UUID.randomUUID().toString();
        KafkaProbe.send(BookingEvent.TOPIC, story.appointmentId(), """
                {"type":"AppointmentTeleported.v1","eventId":"%s","occurredAt":"2026-11-20T09:00:00Z",
                 "communeId":"%s","appointmentId":"%s","planet":"Mars"}"""
                .formatted(unknownId, commune, story.appointmentId()));
        Events.publish(story.confirmed());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(http.get(
                "/api/stats/communes/{c}/summary", commune).bodyAsString()).contains("\"confirmed\":1"));
        try (KafkaProbe deadLetters = new KafkaProbe("error.booking.events.stats-service")) {
            assertThat(deadLetters.drain(Duration.ofSeconds(2)))
                    .noneMatch(record -> record.value() != null && record.value().contains(unknownId));
        }
    }
}
