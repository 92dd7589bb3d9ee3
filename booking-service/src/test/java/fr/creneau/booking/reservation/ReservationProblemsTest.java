package fr.creneau.booking.reservation;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

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
        ServiceResponse response = http.get(
                "/api/booking/communes/%s/availability?from=%s&to=%s".formatted(feed.communeId, day, day));

        assertProblem(response, HttpStatus.BAD_REQUEST, "Le paramètre « appointmentTypeId » est obligatoire.");
    }

    @Test
    void anAvailabilityRequestWithAMalformedDateIsRefusedInFrench() {
        ServiceResponse response = http.get(
                "/api/booking/communes/%s/availability?appointmentTypeId=%s&from=demain&to=%s"
                        .formatted(feed.communeId, feed.typeId, day));

        assertProblem(response, HttpStatus.BAD_REQUEST, "n'est pas valide");
    }

    @Test
    void anUnknownTypeIsNotFound() {
        ServiceResponse response = http.get(
                "/api/booking/communes/%s/availability?appointmentTypeId=nope&from=%s&to=%s"
                        .formatted(feed.communeId, day, day));

        assertProblem(response, HttpStatus.NOT_FOUND, "est inconnu");
    }

    @Test
    void aReservationWithoutAnyWayToReachTheCitizenIsRefused() {
        ServiceResponse response = reserve(Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                "start", PlanningFeed.nineOn(day).toString(), "citizen", Map.of("fullName", "Jeanne Martin")));

        assertProblem(response, HttpStatus.BAD_REQUEST, "indiquez une adresse e-mail ou un numéro de mobile");
    }

    @Test
    void aReservationThatIsNotJsonIsRefused() {
        ServiceResponse response = http.post(reservations(), "{pas du json");

        assertProblem(response, HttpStatus.BAD_REQUEST, "JSON");
    }

    @Test
    void aReservationOnAnUnknownCounterIsNotFound() {
        ServiceResponse response = reserve(citizenBooking("counter-unknown", PlanningFeed.nineOn(day)));

        assertProblem(response, HttpStatus.NOT_FOUND, "guichet");
    }

    @Test
    void aFullSlotIsAConflictOfferingOtherFreeSlots() {
        assertThat(reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day))).status()).isEqualTo(201);

        ServiceResponse response = reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day)));

        assertProblem(response, HttpStatus.CONFLICT, "n'est plus disponible");
        JsonNode alternatives = response.body().get("alternatives");
        assertThat(alternatives).isNotEmpty();
        assertThat(alternatives.get(0).get("start").asText()).isEqualTo(PlanningFeed.nineOn(day).plusSeconds(1200).toString());
    }

    @Test
    void aSlotOnADayWithoutPlanningIsAConflict() {
        ServiceResponse response = reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day.plusDays(1))));

        assertProblem(response, HttpStatus.CONFLICT, "n'est plus disponible");
    }

    @Test
    void aSlotBeyondTheBookingHorizonIsRefused() {
        ServiceResponse response = reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day.plusMonths(3))));

        assertProblem(response, HttpStatus.BAD_REQUEST, "hors de la période");
    }

    @Test
    void confirmingAnUnknownAppointmentIsNotFound() {
        ServiceResponse response = http.post("/api/booking/appointments/unknown/confirmation",
                Map.of("code", "123456"));

        assertProblem(response, HttpStatus.NOT_FOUND, "introuvable");
    }

    @Test
    void aCodeThatIsNotSixDigitsIsRefused() {
        String appointmentId = reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day))).body()
                .get("appointmentId").asText();

        ServiceResponse response = http.post(
                "/api/booking/appointments/%s/confirmation".formatted(appointmentId), Map.of("code", "12ab"));

        assertProblem(response, HttpStatus.BAD_REQUEST, "6 chiffres");
    }

    @Test
    void theLastWrongCodeReleasesTheHold() {
        String appointmentId = reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day))).body()
                .get("appointmentId").asText();
        String confirmation = "/api/booking/appointments/%s/confirmation".formatted(appointmentId);
        ServiceResponse response = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            response = http.post(confirmation, Map.of("code", "1234567".substring(0, 6)));
            if (response.status() == 200) {
                return;
            }
        }

        assertProblem(response, HttpStatus.BAD_REQUEST, "Aucun essai restant");
        assertThat(response.body().get("triesLeft").asInt()).isZero();
        assertProblem(http.post(confirmation, Map.of("code", "123456")), HttpStatus.CONFLICT,
                "La réservation a expiré");
        assertThat(reserve(citizenBooking(feed.counterId, PlanningFeed.nineOn(day))).status()).isEqualTo(201);
    }

    /** Each booking by a citizen of their own: the limits as they ship allow one person 5 in 10 minutes. */
    private Map<String, Object> citizenBooking(String counterId, Instant start) {
        return Map.of("appointmentTypeId", feed.typeId, "counterId", counterId, "start", start.toString(),
                "persons", 1, "citizen", Map.of("fullName", "Jeanne Martin",
                        "mobile", "+3361234" + (5_000 + PERSONS.incrementAndGet())));
    }

    private ServiceResponse reserve(Map<String, Object> body) {
        return http.post(reservations(), body);
    }

    private String reservations() {
        return "/api/booking/communes/%s/reservations".formatted(feed.communeId);
    }

    private static void assertProblem(ServiceResponse response, HttpStatus status, String detailPart) {
        assertThat(response.status()).isEqualTo(status.value());
        assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.body().get("detail").asText()).containsIgnoringCase(detailPart);
    }
}
