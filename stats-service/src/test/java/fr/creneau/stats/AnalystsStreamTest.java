package fr.creneau.stats;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.api.CancelledBy;
import fr.creneau.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class AnalystsStreamTest extends StatsIntegrationTest {

    private final String commune = "stream-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void eachChangePublishesTheCurrentFiguresOfTheDayForTheCommuneAndEveryDimension() {
        try (KafkaProbe probe = new KafkaProbe("stats.appointments")) {
            AppointmentStory story = AppointmentStory.in(commune).at("2026-12-01T09:00:00Z").agent("agent-1")
                    .option("option-cni", "CNI");
            Events.publish(story.confirmed());
            Events.publish(story.cancelledBy(CancelledBy.CITIZEN));

            ConsumerRecord<String, String> communeDay = probe.await(figures("commune", commune, 1, 1),
                    Duration.ofSeconds(30));
            assertThat(communeDay.key()).isEqualTo(commune + "|2026-12-01|commune|" + commune);
            JsonNode record = KafkaProbe.parse(communeDay.value());
            assertThat(record.get("type").asText()).isEqualTo("AppointmentFigures.v1");
            assertThat(record.get("confirmed").asLong()).isEqualTo(1);
            assertThat(record.get("cancellationRate").decimalValue()).isEqualByComparingTo("1");
            for (String dimension : List.of("place", "counter", "agent", "service", "type", "option", "channel")) {
                probe.await(figures(dimension, null, 1, 1), Duration.ofSeconds(10));
            }
        }
    }

    @Test
    void aRescheduledAppointmentLeavesItsFormerDayAndJoinsTheNewOne() {
        try (KafkaProbe probe = new KafkaProbe("stats.appointments")) {
            AppointmentStory story = AppointmentStory.in(commune).at("2026-12-01T09:00:00Z");
            Events.publish(story.confirmed());
            Events.publish(story.rescheduledTo("2026-12-04T09:00:00Z"));

            JsonNode former = KafkaProbe.parse(probe.await(day("2026-12-01", 0), Duration.ofSeconds(30)).value());
            JsonNode next = KafkaProbe.parse(probe.await(day("2026-12-04", 1), Duration.ofSeconds(30)).value());
            assertThat(former.get("confirmed").asLong()).isZero();
            assertThat(next.get("rescheduled").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aBurstOfChangesToOneDayIsPublishedOncePerCellAndFlushWithTheFinalFigures() {
        int bookings = 40;
        try (KafkaProbe probe = new KafkaProbe("stats.appointments")) {
            for (int i = 0; i < bookings; i++) {
                Events.publish(AppointmentStory.in(commune).at("2026-12-02T09:00:00Z").confirmed());
            }

            probe.await(day("2026-12-02", bookings), Duration.ofSeconds(60));
            long communeDayRecords = probe.drain(Duration.ofSeconds(2)).stream()
                    .filter(record -> (commune + "|2026-12-02|commune|" + commune).equals(record.key()))
                    .count();
            // one record per event and cell before the flush; now one per flush that found the cell changed
            assertThat(communeDayRecords).isLessThan(bookings / 2);
        }
    }

    private Predicate<JsonNode> figures(String dimension, String id, long booked, long cancelled) {
        return record -> commune.equals(record.path("communeId").asText())
                && dimension.equals(record.path("dimension").asText())
                && (id == null || id.equals(record.path("dimensionId").asText()))
                && record.path("booked").asLong() == booked
                && record.path("cancelled").asLong() == cancelled;
    }

    private Predicate<JsonNode> day(String date, long booked) {
        return record -> commune.equals(record.path("communeId").asText())
                && "commune".equals(record.path("dimension").asText())
                && date.equals(record.path("date").asText())
                && record.path("booked").asLong() == booked;
    }
}
