package fr.creneau.booking.walkingskeleton;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.testsupport.KafkaProbe;
import fr.creneau.testsupport.ServiceResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

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
                assertThat(http.get(availability).body().get("slots")).hasSize(9));
        JsonNode first = http.get(availability).body().get("slots").get(0);
        assertThat(first.get("start").asText()).isEqualTo(PlanningFeed.nineOn(day).toString());
        assertThat(first.get("remaining").asInt()).isEqualTo(2);
        assertThat(first.get("placeName").asText()).isEqualTo("Mairie");

        ServiceResponse reserved = http.post("/api/booking/communes/%s/reservations"
                .formatted(feed.communeId), Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                "start", first.get("start").asText(), "persons", 1, "citizen", Map.of("fullName", "Jeanne Martin",
                        "email", "jeanne@example.fr", "mobile", "+33612345678")));
        assertThat(reserved.status()).isEqualTo(201);
        String appointmentId = reserved.body().get("appointmentId").asText();
        assertThat(reserved.body().get("status").asText()).isEqualTo("HELD");
        assertThat(reserved.body().get("holdExpiresAt").asText()).isNotBlank();

        String code;
        try (KafkaProbe otp = new KafkaProbe("notification.otp")) {
            ConsumerRecord<String, String> record = otp.await(
                    json -> appointmentId.equals(json.path("appointmentId").asText()), WAIT);
            code = KafkaProbe.parse(record.value()).get("code").asText();
            assertThat(record.key()).isEqualTo(appointmentId);
        }
        assertThat(code).matches("\\d{6}");

        String confirmation = "/api/booking/appointments/%s/confirmation".formatted(appointmentId);
        ServiceResponse wrong = http.post(confirmation, Map.of("code", wrongCode(code)));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.body().get("triesLeft").asInt()).isEqualTo(4);
        assertThat(wrong.body().get("detail").asText()).contains("Il vous reste 4 essais");

        ServiceResponse right = http.post(confirmation, Map.of("code", code));
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.body().get("status").asText()).isEqualTo("CONFIRMED");

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
        assertThat(http.get(availability).body().get("slots").get(0).get("remaining").asInt())
                .isEqualTo(1);
    }

    @Test
    void theLanguageOfTheCitizensPageGoesWithTheirCodeAndTheirContact() {
        PlanningFeed feed = new PlanningFeed();
        LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(7);
        feed.catalog(false).forEach(feed::send);
        feed.send(feed.opening(day, 2, Instant.now()));
        String availability = "/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(feed.communeId, feed.typeId, day, day.plusDays(6));
        await().atMost(WAIT).untilAsserted(() -> assertThat(http.get(availability).body().get("slots")).isNotEmpty());
        String start = http.get(availability).body().get("slots").get(0).get("start").asText();
        String reservations = "/api/booking/communes/%s/reservations".formatted(feed.communeId);

        ServiceResponse refused = http.post(reservations, Map.of("appointmentTypeId", feed.typeId, "counterId",
                feed.counterId, "start", start, "citizen", Map.of("fullName", "Sam Durand", "mobile", "+33612345679"),
                "locale", "en\"><script>"));
        ServiceResponse reserved = http.post(reservations, Map.of("appointmentTypeId", feed.typeId, "counterId",
                feed.counterId, "start", start, "citizen", Map.of("fullName", "Sam Durand", "mobile", "+33612345679"),
                "locale", "en"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.bodyAsString()).contains("la langue n'est pas valide");
        assertThat(reserved.status()).isEqualTo(201);
        String appointmentId = reserved.body().get("appointmentId").asText();
        try (KafkaProbe otp = new KafkaProbe("notification.otp")) {
            assertThat(KafkaProbe.parse(otp.await(json -> appointmentId.equals(json.path("appointmentId").asText()),
                    WAIT).value()).get("locale").asText()).isEqualTo("en");
        }
        try (KafkaProbe contacts = new KafkaProbe("booking.contacts")) {
            assertThat(KafkaProbe.parse(contacts.await(json -> appointmentId.equals(json.path("appointmentId").asText()),
                    WAIT).value()).get("locale").asText()).isEqualTo("en");
        }
    }

    private static String wrongCode(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
