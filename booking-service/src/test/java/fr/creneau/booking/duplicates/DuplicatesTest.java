package fr.creneau.booking.duplicates;

import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

class DuplicatesTest extends BookingIntegrationTest {

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(9);
    private final Instant nine = nineOn(day);
    private final Instant later = nine.plus(Duration.ofMinutes(40));

    private void open(boolean antsRequired) {
        (antsRequired ? feed.catalogWithAntsNumbers() : feed.catalog(false))
                .forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 3, Instant.now()));
    }

    @Test
    void aPersonCannotHoldTwoActiveAppointmentsOfTheSameType() {
        open(false);
        assertThat(reserve(nine, "+33611111111", "paul@example.fr", List.of()).status()).isEqualTo(201);

        ServiceResponse second = reserve(later, "06 11 11 11 11", "autre@example.fr", List.of());

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("detail").asText()).contains("déjà un rendez-vous en cours");
        assertThat(reserve(later, "+33622222222", "PAUL@Example.FR", List.of()).status()).isEqualTo(409);
    }

    @Test
    void onceTheAppointmentIsCancelledThePersonMayBookAgain() {
        open(false);
        String first = reserve(nine, "+33633333333", null, List.of()).body().get("appointmentId").asText();
        http.as(AgentHeaders.of(feed.communeId, Role.AGENT)).post("/api/booking/agent/appointments/%s/cancellation"
                .formatted(first), Map.of("reason", "Erreur de saisie"));

        assertThat(reserve(later, "+33633333333", null, List.of()).status()).isEqualTo(201);
    }

    @Test
    void anIdentityDocumentTypeAsksForOneAntsNumberPerPerson() {
        open(true);

        assertThat(reserve(nine, "+33644444444", null, List.of()).status()).isEqualTo(400);
        assertThat(reserve(nine, "+33644444444", null, List.of("abc")).status()).isEqualTo(400);
        assertThat(reserve(nine, "+33644444444", null, List.of("AB12CD34EF")).status()).isEqualTo(201);
    }

    @Test
    void anAntsNumberCanBeInOnlyOneActiveAppointment() {
        open(true);
        assertThat(reserve(nine, "+33655555555", null, List.of("ZZ99YY88XX")).status()).isEqualTo(201);

        ServiceResponse second = reserve(later, "+33666666666", null, List.of("ZZ99YY88XX"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("detail").asText()).contains("ANTS");
    }

    private ServiceResponse reserve(Instant start, String mobile, String email, List<String> antsNumbers) {
        Map<String, Object> citizen = new HashMap<>();
        citizen.put("fullName", "Paul Durand");
        citizen.put("mobile", mobile);
        citizen.put("email", email);
        return http.post("/api/booking/communes/%s/reservations".formatted(feed.communeId),
                Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId, "start", start.toString(),
                        "persons", 1, "citizen", citizen, "antsNumbers", antsNumbers));
    }
}
