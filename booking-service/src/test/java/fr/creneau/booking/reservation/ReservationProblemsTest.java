package fr.creneau.booking.reservation;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ReservationProblemsTest extends BookingIntegrationTest {

    private static final AtomicInteger PERSONS = new AtomicInteger();

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(5);

    @BeforeEach
    void openOneAgentOnTheCounter() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 1, Instant.now()));
    }

    @Test
    void anAvailabilityRequestWithoutItsTypeIsRefusedInFrench() {
        ResponseEntity<JsonNode> response = http.getForEntity(
                "/api/booking/communes/%s/availability?from=%s&to=%s".formatted(feed.communeId, day, day), JsonNode.class);

        assertProblem(response, HttpStatus.BAD_REQUEST, "Le paramètre « appointmentTypeId » est obligatoire.");
    }

    @Test
    void anAvailabilityRequestWithAMalformedDateIsRefusedInFrench() {
        ResponseEntity<JsonNode> response = http.getForEntity(
                "/api/booking/communes/%s/availability?appointmentTypeId=%s&from=demain&to=%s"
                        .formatted(feed.communeId, feed.typeId, day), JsonNode.class);

        assertProblem(response, HttpStatus.BAD_REQUEST, "n'est pas valide");
    }

    @Test
    void anUnknownTypeIsNotFound() {
        ResponseEntity<JsonNode> response = http.getForEntity(
                "/api/booking/communes/%s/availability?appointmentTypeId=nope&from=%s&to=%s"
                        .formatted(feed.communeId, day, day), JsonNode.class);

        assertProblem(response, HttpStatus.NOT_FOUND, "est inconnu");
    }

    @Test
    void aReservationWithoutAnyWayToReachTheCitizenIsRefused() {
        ResponseEntity<JsonNode> response = reserve(Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                "start", PlanningFeed.nineOn(day).toString(), "citizen", Map.of("fullName", "Jeanne Martin")));

        assertProblem(response, HttpStatus.BAD_REQUEST, "indiquez une adresse e-mail ou un numéro de mobile");
    }

    @Test
    void aReservationThatIsNotJsonIsRefused() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> response = http.postForEntity(reservations(), new HttpEntity<>("{pas du json", headers),
                JsonNode.class);

        assertProblem(response, HttpStatus.BAD_REQUEST, "JSON");
    }

    @Test
    void aReservationOnAnUnknownCounterIsNotFound() {
        ResponseEntity<JsonNode> response = reserve(citizenBooking("counter-unknown", PlanningFeed.nineOn(day)));

        assertProblem(response, HttpStatus.NOT_FOUND, "guichet");
    }

    @Test
    void aFullSlotIsAConflictOfferingOtherFreeSlots() {
        assertThat(reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day))).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> response = reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day)));

        assertProblem(response, HttpStatus.CONFLICT, "n'est plus disponible");
        JsonNode alternatives = response.getBody().get("alternatives");
        assertThat(alternatives).isNotEmpty();
        assertThat(alternatives.get(0).get("start").asText()).isEqualTo(PlanningFeed.nineOn(day).plusSeconds(1200).toString());
    }

    @Test
    void aSlotOnADayWithoutPlanningIsAConflict() {
        ResponseEntity<JsonNode> response = reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day.plusDays(1))));

        assertProblem(response, HttpStatus.CONFLICT, "n'est plus disponible");
    }

    @Test
    void aSlotBeyondTheBookingHorizonIsRefused() {
        ResponseEntity<JsonNode> response = reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day.plusMonths(3))));

        assertProblem(response, HttpStatus.BAD_REQUEST, "hors de la période");
    }

    @Test
    void confirmingAnUnknownAppointmentIsNotFound() {
        ResponseEntity<JsonNode> response = http.postForEntity("/api/booking/appointments/unknown/confirmation",
                Map.of("code", "123456"), JsonNode.class);

        assertProblem(response, HttpStatus.NOT_FOUND, "introuvable");
    }

    @Test
    void aCodeThatIsNotSixDigitsIsRefused() {
        String appointmentId = reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day))).getBody()
                .get("appointmentId").asText();

        ResponseEntity<JsonNode> response = http.postForEntity(
                "/api/booking/appointments/%s/confirmation".formatted(appointmentId), Map.of("code", "12ab"), JsonNode.class);

        assertProblem(response, HttpStatus.BAD_REQUEST, "6 chiffres");
    }

    @Test
    void theLastWrongCodeReleasesTheHold() {
        String appointmentId = reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day))).getBody()
                .get("appointmentId").asText();
        String confirmation = "/api/booking/appointments/%s/confirmation".formatted(appointmentId);
        ResponseEntity<JsonNode> response = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            response = http.postForEntity(confirmation, Map.of("code", "1234567".substring(0, 6)), JsonNode.class);
            if (response.getStatusCode() == HttpStatus.OK) {
                return;
            }
        }

        assertProblem(response, HttpStatus.BAD_REQUEST, "Aucun essai restant");
        assertThat(response.getBody().get("triesLeft").asInt()).isZero();
        assertProblem(http.postForEntity(confirmation, Map.of("code", "123456"), JsonNode.class), HttpStatus.CONFLICT,
                "La réservation a expiré");
        assertThat(reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day))).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    /** Each booking by a citizen of their own: the limits as they ship allow one person 5 in 10 minutes. */
    private Map<String, Object> citizenBooking(String counterId, Instant start) {
        return Map.of("appointmentTypeId", feed.typeId, "counterId", counterId, "start", start.toString(),
                "persons", 1, "citizen", Map.of("fullName", "Jeanne Martin",
                        "mobile", "+3361234" + (5_000 + PERSONS.incrementAndGet())));
    }

    private ResponseEntity<JsonNode> reserve(Map<String, Object> body) {
        return http.postForEntity(reservations(), body, JsonNode.class);
    }

    private String reservations() {
        return "/api/booking/communes/%s/reservations".formatted(feed.communeId);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String detailPart) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("detail").asText()).containsIgnoringCase(detailPart);
    }
}
