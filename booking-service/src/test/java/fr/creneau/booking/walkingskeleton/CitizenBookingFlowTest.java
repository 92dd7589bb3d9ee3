package fr.creneau.booking.walkingskeleton;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CitizenBookingFlowTest extends BookingIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aCitizenReservesConfirmsWithTheCodeAndTheConfirmationIsPublished() {
        PlanningFeed feed = new PlanningFeed();
        LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(7);
        feed.catalog(false).forEach(feed::send);
        feed.send(feed.opening(day, 2, Instant.now()));

        String availability = "/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(feed.communeId, feed.typeId, day, day.plusDays(6));
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(http.getForObject(availability, JsonNode.class).get("slots")).hasSize(9));
        JsonNode first = http.getForObject(availability, JsonNode.class).get("slots").get(0);
        assertThat(first.get("start").asText()).isEqualTo(PlanningFeed.nineOn(day).toString());
        assertThat(first.get("remaining").asInt()).isEqualTo(2);
        assertThat(first.get("placeName").asText()).isEqualTo("Mairie");

        ResponseEntity<JsonNode> reserved = http.postForEntity("/api/booking/communes/%s/reservations"
                .formatted(feed.communeId), Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                "start", first.get("start").asText(), "persons", 1, "citizen", Map.of("fullName", "Jeanne Martin",
                        "email", "jeanne@example.fr", "mobile", "+33612345678")), JsonNode.class);
        assertThat(reserved.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String appointmentId = reserved.getBody().get("appointmentId").asText();
        assertThat(reserved.getBody().get("status").asText()).isEqualTo("HELD");
        assertThat(reserved.getBody().get("holdExpiresAt").asText()).isNotBlank();

        String code;
        try (KafkaProbe otp = new KafkaProbe("notification.otp")) {
            ConsumerRecord<String, String> record = otp.await(
                    json -> appointmentId.equals(json.path("appointmentId").asText()), WAIT);
            code = KafkaProbe.parse(record.value()).get("code").asText();
            assertThat(record.key()).isEqualTo(appointmentId);
        }
        assertThat(code).matches("\\d{6}");

        String confirmation = "/api/booking/appointments/%s/confirmation".formatted(appointmentId);
        ResponseEntity<JsonNode> wrong = http.postForEntity(confirmation, Map.of("code", wrongCode(code)), JsonNode.class);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrong.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(wrong.getBody().get("triesLeft").asInt()).isEqualTo(4);
        assertThat(wrong.getBody().get("detail").asText()).contains("Il vous reste 4 essais");

        ResponseEntity<JsonNode> right = http.postForEntity(confirmation, Map.of("code", code), JsonNode.class);
        assertThat(right.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(right.getBody().get("status").asText()).isEqualTo("CONFIRMED");

        try (KafkaProbe events = new KafkaProbe("booking.events")) {
            ConsumerRecord<String, String> confirmed = events.await(json ->
                    "AppointmentConfirmed.v1".equals(json.path("type").asText())
                            && appointmentId.equals(json.path("appointmentId").asText()), WAIT);
            assertThat(confirmed.key()).isEqualTo(appointmentId);
            JsonNode appointment = KafkaProbe.parse(confirmed.value()).get("appointment");
            assertThat(appointment.get("start").asText()).isEqualTo(first.get("start").asText());
            assertThat(appointment.get("placeName").asText()).isEqualTo("Mairie");
            assertThat(confirmed.value()).doesNotContain("jeanne@example.fr");
        }
        try (KafkaProbe contacts = new KafkaProbe("booking.contacts")) {
            JsonNode contact = KafkaProbe.parse(contacts.await(
                    json -> appointmentId.equals(json.path("appointmentId").asText()), WAIT).value());
            assertThat(contact.get("email").asText()).isEqualTo("jeanne@example.fr");
            assertThat(contact.get("manageToken").asText()).hasSizeGreaterThanOrEqualTo(43);
        }
        assertThat(http.getForObject(availability, JsonNode.class).get("slots").get(0).get("remaining").asInt())
                .isEqualTo(1);
    }

    private static String wrongCode(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
