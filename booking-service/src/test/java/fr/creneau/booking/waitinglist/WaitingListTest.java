package fr.creneau.booking.waitinglist;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static fr.creneau.booking.support.BookingClient.awaitManageToken;
import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

/** One citizen's way through the waiting list, and what an agent sees of it. */
class WaitingListTest extends BookingIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate early = LocalDate.now(PlanningFeed.ZONE).plusDays(4);
    private final LocalDate late = LocalDate.now(PlanningFeed.ZONE).plusDays(9);

    @Test
    void aDeclinedOfferGoesToTheNextInLineWhoTakesItAndAgentsSeeTheList() throws Exception {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(early, 1, Instant.now()));
        feed.deliver(planningEvents, feed.opening(late, 2, Instant.now()));
        BookingClient client = new BookingClient(http, feed);
        String leaving = awaitManageToken(client.reserveAndConfirm(nineOn(early)).get("appointmentId").asText());
        String firstId = client.reserveAndConfirm(nineOn(late)).get("appointmentId").asText();
        String first = awaitManageToken(firstId);
        String second = awaitManageToken(client.reserveAndConfirm(nineOn(late)).get("appointmentId").asText());
        assertThat(join(first).status()).isEqualTo(201);
        assertThat(join(second).status()).isEqualTo(201);
        JsonNode seenByAgent = client.get("/api/booking/agent/appointments/" + firstId + "/waiting-list");
        assertThat(seenByAgent.get("waiting").asBoolean()).isTrue();
        assertThat(seenByAgent.has("offer")).isFalse();

        http.post("/api/booking/manage/" + leaving + "/cancellation", Map.of()).expect(200);

        JsonNode offer = awaitOffer(first);
        assertThat(offer.get("start").asText()).isEqualTo(nineOn(early).toString());
        Instant expiresAt = Instant.parse(offer.get("expiresAt").asText());
        assertThat(expiresAt).isBetween(Instant.now().plus(Duration.ofMinutes(13)),
                Instant.now().plus(Duration.ofMinutes(15)));
        assertThat(client.get("/api/booking/agent/appointments/" + firstId + "/waiting-list").get("offer")
                .get("start").asText()).isEqualTo(nineOn(early).toString());
        ServiceResponse notOffered = accept(second);
        assertThat(notOffered.status()).isEqualTo(409);
        assertThat(notOffered.headers().getContentType().toString()).contains("problem+json");
        assertThat(notOffered.text("detail")).startsWith("Aucune proposition de créneau");

        http.post("/api/booking/manage/" + first + "/waiting-list/offer/declination", Map.of()).expect(200);

        assertThat(awaitOffer(second).get("start").asText()).isEqualTo(nineOn(early).toString());
        JsonNode stillWaiting = view(first);
        assertThat(stillWaiting.get("waiting").asBoolean()).isTrue();
        assertThat(stillWaiting.has("offer")).isFalse();
        assertThat(accept(first).status()).isEqualTo(409);
        ServiceResponse taken = accept(second);
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.text("start")).isEqualTo(nineOn(early).toString());
        assertThat(view(second).get("waiting").asBoolean()).isFalse();
        assertThat(client.remaining(early, nineOn(early))).isZero();

        assertThat(http.delete("/api/booking/manage/" + first + "/waiting-list").status()).isEqualTo(200);
        assertThat(view(first).get("waiting").asBoolean()).isFalse();
        ServiceResponse notWaiting = http.delete("/api/booking/manage/" + first + "/waiting-list");
        assertThat(notWaiting.status()).isEqualTo(409);
        assertThat(notWaiting.text("detail")).isEqualTo("Ce rendez-vous n'est pas sur la liste d'attente.");
    }

    @Test
    void onlyABookedAppointmentToComeMayWaitAndOnlyItsCommunesAgentsSeeIt() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(late, 1, Instant.now()));
        BookingClient client = new BookingClient(http, feed);
        String appointmentId = client.reserveAndConfirm(nineOn(late)).get("appointmentId").asText();
        String token = awaitManageToken(appointmentId);
        http.post("/api/booking/manage/" + token + "/cancellation", Map.of()).expect(200);

        ServiceResponse cancelled = join(token);
        assertThat(cancelled.status()).isEqualTo(409);
        assertThat(cancelled.text("detail")).contains("rendez-vous confirmé et à venir");
        ServiceResponse unknown = join("pas-un-lien");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("detail")).isEqualTo("Ce lien de gestion de rendez-vous n'est pas valide.");
        AgentIdentity elsewhere = new AgentIdentity("account-x", "autre-commune", Set.of(Role.AGENT), "agent-x",
                "Agent X");
        assertThat(http.as(AgentHeaders.of(elsewhere)).get("/api/booking/agent/appointments/" + appointmentId
                + "/waiting-list").status()).isEqualTo(404);
    }

    private ServiceResponse join(String token) {
        return http.post("/api/booking/manage/" + token + "/waiting-list", Map.of());
    }

    private ServiceResponse accept(String token) {
        return http.post("/api/booking/manage/" + token + "/waiting-list/offer/acceptance", Map.of());
    }

    private JsonNode view(String token) {
        return http.get("/api/booking/manage/" + token + "/waiting-list").expect(200).body();
    }

    private JsonNode awaitOffer(String token) throws InterruptedException {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            JsonNode offer = view(token).get("offer");
            if (offer != null && !offer.isNull()) {
                return offer;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no offer within " + WAIT);
    }
}
