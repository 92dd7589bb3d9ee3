package fr.creneau.planning;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.testsupport.KafkaProbe;
import fr.creneau.testsupport.ServiceResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Communes, types, places and agents are published as full descriptions, keyed by their id. */
class DescriptionsPublishingTest extends PlanningIntegrationTest {

    @Test
    void renamingACommunePublishesItsNewDescription() {
        String communeId = createCommune(uniqueSlug("rename"));

        put("/communes/" + communeId, Map.of("name", "Villeneuve-sur-Lot", "retentionMonths", 36)).expect(200);

        try (KafkaProbe probe = new KafkaProbe("planning.events")) {
            ConsumerRecord<String, String> record = probe.await(event -> event.path("type").asText()
                    .equals("CommuneChanged.v1") && event.path("communeId").asText().equals(communeId)
                    && event.path("name").asText().equals("Villeneuve-sur-Lot"), Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(communeId);
            assertThat(KafkaProbe.parse(record.value()).path("retentionMonths").asInt()).isEqualTo(36);
            assertThat(KafkaProbe.parse(record.value()).path("timeZone").asText()).isEqualTo("Europe/Paris");
        }
    }

    @Test
    void anAppointmentTypeIsPublishedWithAllItsFieldsAndArchivedAsInactive() {
        String communeId = createCommune(uniqueSlug("types"));
        String serviceId = post("/communes/" + communeId + "/services", Map.of("name", "État civil"))
                .expect(201).text("serviceId");
        String typeId = post("/communes/" + communeId + "/appointment-types", Map.ofEntries(
                Map.entry("label", "Pièces d'identité"), Map.entry("durationMinutes", 20),
                Map.entry("bookingHorizon", "6w"), Map.entry("minimumNotice", "1d"),
                Map.entry("options", List.of(Map.of("label", "CNI"), Map.of("label", "Passeport"))),
                Map.entry("maxPersons", 4), Map.entry("durationGrowsWithPersons", true),
                Map.entry("serviceIds", List.of(serviceId)), Map.entry("approvalRequired", true),
                Map.entry("citizenInformation", "Apportez une photo d'identité"),
                Map.entry("rgpdText", "Données conservées 1 an"), Map.entry("partnerTypes", List.of("ASSOCIATION")),
                Map.entry("bookableWith", "AGENT"), Map.entry("antsNumberRequired", true)))
                .expect(201).text("appointmentTypeId");
        delete("/communes/" + communeId + "/appointment-types/" + typeId).expect(200);

        try (KafkaProbe probe = new KafkaProbe("planning.events")) {
            JsonNode created = KafkaProbe.parse(probe.await(event -> isType(event, typeId)
                    && event.path("active").asBoolean(), Duration.ofSeconds(30)).value());
            assertThat(created.path("bookingHorizon").asText()).isEqualTo("P6W");
            assertThat(created.path("minimumNotice").asText()).isEqualTo("P1D");
            assertThat(created.path("options").findValuesAsText("label")).containsExactly("CNI", "Passeport");
            assertThat(created.path("maxPersons").asInt()).isEqualTo(4);
            assertThat(created.path("serviceIds").get(0).asText()).isEqualTo(serviceId);
            assertThat(created.path("bookableWith").asText()).isEqualTo("AGENT");
            assertThat(created.path("antsNumberRequired").asBoolean()).isTrue();
            assertThat(created.path("approvalRequired").asBoolean()).isTrue();
            assertThat(created.path("rgpdText").asText()).isEqualTo("Données conservées 1 an");
            probe.await(event -> isType(event, typeId) && !event.path("active").asBoolean(), Duration.ofSeconds(30));
        }
    }

    @Test
    void aServiceOfAnotherCommuneCannotManageAType() {
        String communeId = createCommune(uniqueSlug("scoped"));
        String other = createCommune(uniqueSlug("elsewhere"));
        String foreignService = post("/communes/" + other + "/services", Map.of("name", "Cabinet du maire"))
                .expect(201).text("serviceId");

        ServiceResponse response = post("/communes/" + communeId + "/appointment-types", Map.of("label", "Maire",
                "durationMinutes", 30, "serviceIds", List.of(foreignService)));

        assertThat(response.status()).isEqualTo(404);
    }

    private static boolean isType(JsonNode event, String typeId) {
        return event.path("type").asText().equals("AppointmentTypeChanged.v1")
                && event.path("appointmentTypeId").asText().equals(typeId);
    }
}
