package fr.creneau.booking.suspension;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.planning.api.CommuneSubscriptionChanged;
import fr.creneau.planning.api.CommuneSuspensionChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune the operator suspended takes no booking, from citizens or from its agents; what was booked stays, and it
 * takes bookings again once resumed. A citizen may still cancel, but not move into a new slot.
 */
class SuspendedCommuneTest extends BookingIntegrationTest {

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(5);
    private BookingClient client;

    @BeforeEach
    void openTwoAgentsOnTheCounter() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 2, Instant.now()));
        client = new BookingClient(http, feed);
    }

    private void suspended(boolean suspended) {
        feed.deliver(planningEvents, new CommuneSuspensionChanged(UUID.randomUUID().toString(), Instant.now(),
                feed.communeId, suspended, suspended ? "Abonnement non renouvelé" : ""));
    }

    private ServiceResponse citizenReserves(Instant start) {
        return http.post("/api/booking/communes/%s/reservations".formatted(feed.communeId),
                Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId, "start", start.toString(),
                        "citizen", Map.of("fullName", "Jeanne Martin", "email", UUID.randomUUID() + "@example.fr")));
    }

    @Test
    void aSuspendedCommuneSaysSoOnItsPortalAndRefusesEveryBookingInFrench() {
        String booked = client.reserve(PlanningFeed.nineOn(day));

        suspended(true);
        JsonNode portal = http.get("/api/booking/communes/%s/portal".formatted(feed.communeId)).expect(200).body();
        ServiceResponse citizen = citizenReserves(PlanningFeed.nineOn(day));
        ServiceResponse agent = client.post("/api/booking/agent/communes/%s/appointments".formatted(feed.communeId),
                Map.of("appointment", Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                        "start", PlanningFeed.nineOn(day).toString(),
                        "citizen", Map.of("fullName", "Paul Durand", "mobile", "+33612345678")), "channel", "PHONE"));

        assertThat(portal.path("suspended").asBoolean()).isTrue();
        assertThat(portal.path("appointmentTypes")).isEmpty();
        assertThat(citizen.status()).isEqualTo(409);
        assertThat(citizen.contentType()).isEqualTo("application/problem+json");
        assertThat(citizen.body().path("detail").asText()).contains("ne prend pas de rendez-vous", "maintenus");
        assertThat(agent.status()).isEqualTo(409);
        JsonNode kept = client.get("/api/booking/agent/appointments/" + booked);
        assertThat(kept.path("appointment").path("appointmentId").asText()).isEqualTo(booked);
    }

    @Test
    void aCitizenOfASuspendedCommuneCannotMoveIntoANewSlotButCanStillCancel() {
        String appointmentId = client.bookByPhone(PlanningFeed.nineOn(day));
        String token = BookingClient.awaitManageToken(appointmentId);
        Instant later = PlanningFeed.nineOn(day).plus(java.time.Duration.ofHours(1));

        suspended(true);
        ServiceResponse move = http.post("/api/booking/manage/%s/reschedule".formatted(token),
                Map.of("counterId", feed.counterId, "start", later.toString()));
        ServiceResponse agentMove = client.post("/api/booking/agent/appointments/%s/reschedule".formatted(appointmentId),
                Map.of("counterId", feed.counterId, "start", later.toString()));

        assertThat(move.status()).isEqualTo(409);
        assertThat(move.contentType()).isEqualTo("application/problem+json");
        assertThat(move.body().path("detail").asText()).contains("suspendu", "peut toujours être annulé");
        assertThat(agentMove.status()).isEqualTo(409);
        assertThat(http.get("/api/booking/manage/" + token).expect(200).body().path("start").asText())
                .isEqualTo(PlanningFeed.nineOn(day).toString());

        ServiceResponse cancelled = http.post("/api/booking/manage/%s/cancellation".formatted(token), Map.of());
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void withoutTheSmsOptionACitizenMustGiveAnEmailAddressForTheCode() {
        feed.deliver(planningEvents, new CommuneSubscriptionChanged(UUID.randomUUID().toString(), Instant.now(),
                feed.communeId, "UP_TO_5000", 4, false, false));
        ServiceResponse mobileOnly = http.post("/api/booking/communes/%s/reservations".formatted(feed.communeId),
                Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                        "start", PlanningFeed.nineOn(day).toString(),
                        "citizen", Map.of("fullName", "Jeanne Martin", "mobile", "+33612345678")));

        assertThat(mobileOnly.status()).isEqualTo(400);
        assertThat(mobileOnly.contentType()).isEqualTo("application/problem+json");
        assertThat(mobileOnly.body().path("detail").asText()).contains("n'envoie pas de SMS", "adresse e-mail");
        assertThat(citizenReserves(PlanningFeed.nineOn(day)).status()).as("with an e-mail").isEqualTo(201);

        feed.deliver(planningEvents, new CommuneSubscriptionChanged(UUID.randomUUID().toString(), Instant.now(),
                feed.communeId, "UP_TO_5000", 4, true, false));
        assertThat(http.post("/api/booking/communes/%s/reservations".formatted(feed.communeId),
                Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                        "start", PlanningFeed.nineOn(day).toString(),
                        "citizen", Map.of("fullName", "Paul Martin", "mobile", "+33698765432"))).status())
                .as("the option back on").isEqualTo(201);
    }

    @Test
    void aResumedCommuneTakesBookingsAgain() {
        suspended(true);
        assertThat(citizenReserves(PlanningFeed.nineOn(day)).status()).isEqualTo(409);

        suspended(false);

        assertThat(citizenReserves(PlanningFeed.nineOn(day)).status()).isEqualTo(201);
        assertThat(http.get("/api/booking/communes/%s/portal".formatted(feed.communeId)).expect(200).body()
                .path("suspended").asBoolean()).isFalse();
    }

    @Test
    void theOperatorCountsTheAppointmentsStillToComeOfEachCommune() {
        client.reserveAndConfirm(PlanningFeed.nineOn(day));
        client.reserve(PlanningFeed.nineOn(day));

        ServiceResponse counts = http.as(AgentHeaders.platformAdmin()).get("/api/booking/operator/active-appointments");
        ServiceResponse byTheCommune = http.as(AgentHeaders.of(feed.communeId, Role.COMMUNE_ADMIN))
                .get("/api/booking/operator/active-appointments");
        ServiceResponse anonymous = http.get("/api/booking/operator/active-appointments");

        long mine = 0;
        for (JsonNode count : counts.expect(200).body()) {
            if (count.path("communeId").asText().equals(feed.communeId)) {
                mine = count.path("activeAppointments").asLong();
            }
        }
        assertThat(mine).as("the confirmed one, not the hold").isEqualTo(1);
        assertThat(byTheCommune.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }
}
