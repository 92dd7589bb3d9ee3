package fr.creneau.stats;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.api.CancelledBy;
import fr.creneau.booking.api.Channel;
import fr.creneau.stats.appointment.view.BookingEventProjector;
import fr.creneau.testsupport.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Booking events applied a poll at a time give the figures they give one by one. */
class BatchProjectionTest extends StatsIntegrationTest {

    private static final List<String> VIEWS = List.of("/summary", "/figures?period=day&groupBy=commune",
            "/figures?period=day&groupBy=place", "/figures?period=day&groupBy=counter",
            "/figures?period=day&groupBy=type", "/figures?period=day&groupBy=channel");

    @Autowired
    BookingEventProjector projector;

    @Test
    void aBatchWithRepeatedEventsAndEventsOfSeveralCellsGivesTheFiguresOfTheEventsOneByOne() {
        String oneByOne = commune("one-by-one");
        String batched = commune("batched");
        List<BookingEvent> single = story(oneByOne);
        List<BookingEvent> batch = story(batched);

        single.forEach(projector::on);
        single.forEach(projector::on);
        projector.onAll(batch.subList(0, 4));
        projector.onAll(batch);

        for (String view : VIEWS) {
            assertThat(figures(batched, view)).as(view).isEqualTo(figures(oneByOne, view));
        }
        JsonNode places = KafkaProbe.parse(figures(batched, "/figures?period=day&groupBy=place"));
        assertThat(places.get("rows")).extracting(row -> row.get("groupLabel").asText())
                .containsOnly("Hôtel de ville", "Annexe");
        assertThat(KafkaProbe.parse(figures(batched, "/summary")).get("booked").asLong()).isEqualTo(3);
    }

    @Test
    void aPollOfSeveralRecordsWithAnUnreadableOneAppliesTheOthersAndDeadLettersItAlone() {
        String commune = commune("poison");
        AppointmentStory before = AppointmentStory.in(commune);
        AppointmentStory after = AppointmentStory.in(commune);
        String poison = "{\"type\":\"AppointmentConfirmed.v1\",\"eventId\":\"" + UUID.randomUUID() + "\",";
        try (KafkaProbe deadLetters = new KafkaProbe("error.booking.events.stats-service")) {
            Events.publish(before.confirmed());
            KafkaProbe.send(BookingEvent.TOPIC, before.appointmentId(), poison);
            Events.publish(after.confirmed());

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    KafkaProbe.parse(figures(commune, "/summary")).get("confirmed").asLong()).isEqualTo(2));
            assertThat(deadLetters.drain(Duration.ofSeconds(5)))
                    .filteredOn(record -> poison.equals(record.value())).hasSize(1);
        }
    }

    /** Two days, two places and counters, two channels, a reschedule, a cancellation, a hold let go, a renaming. */
    private static List<BookingEvent> story(String commune) {
        AppointmentStory moved = AppointmentStory.in(commune).at("2026-12-07T09:00:00Z");
        AppointmentStory cancelled = AppointmentStory.in(commune).at("2026-12-07T10:00:00Z")
                .place("place-annexe", "Annexe").counter("counter-2", "Guichet 2").type("type-passeport", "Passeport")
                .by(Channel.PHONE);
        AppointmentStory abandoned = AppointmentStory.in(commune).at("2026-12-08T09:00:00Z");
        AppointmentStory renamed = AppointmentStory.in(commune).at("2026-12-08T11:00:00Z")
                .place("place-mairie", "Hôtel de ville").bookedAt("2026-11-25T09:00:00Z");
        BookingEvent confirmed = moved.confirmed();
        List<BookingEvent> events = new ArrayList<>(List.of(moved.reserved(), confirmed, cancelled.confirmed(),
                abandoned.reserved(), confirmed, moved.rescheduledTo("2026-12-08T10:00:00Z"),
                cancelled.cancelledBy(CancelledBy.CITIZEN), abandoned.holdExpired(), renamed.confirmed(), confirmed));
        return events;
    }

    private String figures(String commune, String view) {
        return http.get("/api/stats/communes/{c}" + view, commune).bodyAsString().replace(commune, "<commune>");
    }

    private static String commune(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
