package fr.creneau.planning;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WalkingSkeletonPlanningTest extends PlanningIntegrationTest {

    @Test
    void applyingAReferenceWeekPublishesThePlanningOfTheCounterWithParisHoursAsInstants() {
        String communeId = createCommune(uniqueSlug("villeneuve"));
        String placeId = post("/communes/" + communeId + "/places",
                Map.of("name", "Mairie", "address", "1 place de la Mairie", "visibleOnPortal", true))
                .expect(201).text("placeId");
        String typeId = post("/communes/" + communeId + "/appointment-types", Map.of("label", "Carte d'identité",
                "durationMinutes", 20, "bookingHorizon", "2m", "minimumNotice", "60m"))
                .expect(201).text("appointmentTypeId");
        String counterId = post("/communes/" + communeId + "/counters",
                Map.of("placeId", placeId, "name", "Guichet 1", "appointmentTypeIds", List.of(typeId)))
                .expect(201).text("counterId");
        String weekId = post("/communes/" + communeId + "/reference-weeks", Map.of("name", "Semaine type",
                "days", Map.of("MONDAY", List.of("09h00-12h00", "13h30-17h00"), "TUESDAY", List.of("09h00-12h00"))))
                .expect(201).text("referenceWeekId");
        post("/communes/" + communeId + "/counters/" + counterId + "/schedules",
                Map.of("referenceWeekId", weekId, "from", "2026-12-01", "to", "2027-01-31", "agents", 2))
                .expect(201);

        assertThat(get("/communes/" + communeId + "/counters/" + counterId + "/slots?appointmentTypeId=" + typeId
                + "&from=2026-12-07&to=2026-12-07").expect(200).body()).hasSize(9 + 10);

        try (KafkaProbe probe = new KafkaProbe("planning.events")) {
            ConsumerRecord<String, String> december = probe.await(event ->
                    event.path("type").asText().equals("PlanningChanged.v1")
                            && event.path("counterId").asText().equals(counterId)
                            && event.path("from").asText().equals("2026-12-01"), Duration.ofSeconds(30));
            JsonNode planning = KafkaProbe.parse(december.value());

            assertThat(december.key()).isEqualTo(counterId);
            assertThat(planning.path("to").asText()).isEqualTo("2026-12-31");
            assertThat(planning.path("placeId").asText()).isEqualTo(placeId);
            assertThat(planning.path("timeZone").asText()).isEqualTo("Europe/Paris");
            assertThat(planning.path("reason").asText()).isEqualTo("REFERENCE_WEEK");
            assertThat(ranges(planning)).startsWith(
                    "2026-12-01T08:00:00Z/2026-12-01T11:00:00Z x2",
                    "2026-12-07T08:00:00Z/2026-12-07T11:00:00Z x2",
                    "2026-12-07T12:30:00Z/2026-12-07T16:00:00Z x2",
                    "2026-12-08T08:00:00Z/2026-12-08T11:00:00Z x2");
            assertThat(ranges(planning)).hasSize(4 * 2 + 5);

            probe.await(event -> event.path("type").asText().equals("PlanningChanged.v1")
                    && event.path("counterId").asText().equals(counterId)
                    && event.path("from").asText().equals("2027-01-01")
                    && event.path("to").asText().equals("2027-01-31"), Duration.ofSeconds(10));
            for (String type : List.of("CommuneChanged.v1", "PlaceChanged.v1", "AppointmentTypeChanged.v1",
                    "CounterChanged.v1")) {
                probe.await(event -> event.path("type").asText().equals(type)
                        && event.path("communeId").asText().equals(communeId), Duration.ofSeconds(10));
            }
        }
    }

    private static List<String> ranges(JsonNode planning) {
        List<String> ranges = new ArrayList<>();
        planning.path("ranges").forEach(range -> ranges.add(range.path("start").asText() + "/"
                + range.path("end").asText() + " x" + range.path("capacity").asInt()));
        return ranges;
    }
}
