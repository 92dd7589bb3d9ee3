package fr.creneau.booking.waitinglist;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.booking.waitinglist.domain.WaitingLineId;
import fr.creneau.planning.api.CapacityRange;
import fr.creneau.planning.api.PlanningChanged;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.creneau.booking.support.BookingClient.awaitCode;
import static fr.creneau.booking.support.BookingClient.awaitManageToken;
import static fr.creneau.booking.support.PlanningFeed.ZONE;
import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places that free up without a cancellation, on the real PostgreSQL and Kafka: hours that planning adds to a day,
 * and a hold given up, are offered to the first in line as a cancelled place is.
 */
class NewCapacityOffersTest extends BookingIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    JdbcClient jdbc;

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate early = LocalDate.now(ZONE).plusDays(3);
    private final LocalDate late = LocalDate.now(ZONE).plusDays(12);

    @Test
    void anExceptionOpeningAnAfternoonOffersItsSlotsToTheFirstInLine() throws Exception {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(early, 1, Instant.now()));
        feed.deliver(planningEvents, feed.opening(late, 3, Instant.now()));
        BookingClient client = new BookingClient(http, feed);
        List<String> waiters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waiters.add(waiting(client));
        }
        Instant two = early.atTime(LocalTime.of(14, 0)).atZone(ZONE).toInstant();
        Instant twenty = two.plus(Duration.ofMinutes(20));

        feed.deliver(planningEvents, new PlanningChanged(UUID.randomUUID().toString(), Instant.now(), feed.communeId,
                feed.placeId, feed.counterId, ZONE.getId(), early, early, List.of(morning(early),
                new CapacityRange(two, two.plus(Duration.ofMinutes(40)), 1, List.of())), "EXCEPTION", List.of()));

        assertThat(awaitOffer(waiters.get(0)).get("start").asText()).isEqualTo(two.toString());
        assertThat(awaitOffer(waiters.get(1)).get("start").asText()).isEqualTo(twenty.toString());
        Thread.sleep(2_000);
        assertThat(view(waiters.get(2)).has("offer")).as("the afternoon holds two places only").isFalse();
        assertThat(offersStored()).isEqualTo(2);
        ServiceResponse taken = http.post("/api/booking/manage/" + waiters.get(1)
                + "/waiting-list/offer/acceptance", Map.of());
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.text("start")).isEqualTo(twenty.toString());
        assertThat(client.remaining(early, twenty)).isZero();
        assertThat(client.remaining(early, nineOn(early))).as("the morning, free before, offered to nobody")
                .isEqualTo(1);
    }

    @Test
    void aHoldGivenUpOffersItsPlace() throws Exception {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(early, 1, Instant.now()));
        feed.deliver(planningEvents, feed.opening(late, 1, Instant.now()));
        BookingClient client = new BookingClient(http, feed);
        String held = client.reserve(nineOn(early));
        String waiter = waiting(client);
        String wrong = awaitCode(held).equals("000000") ? "111111" : "000000";
        ServiceResponse last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            last = http.post("/api/booking/appointments/%s/confirmation".formatted(held), Map.of("code", wrong));
        }
        assertThat(last.text("detail")).contains("Aucun essai restant");

        JsonNode offer = awaitOffer(waiter);
        assertThat(offer.get("start").asText()).isEqualTo(nineOn(early).toString());
        assertThat(http.post("/api/booking/manage/" + waiter + "/waiting-list/offer/acceptance", Map.of()).status())
                .isEqualTo(200);
        assertThat(client.remaining(early, nineOn(early))).isZero();
    }

    private String waiting(BookingClient client) {
        String token = awaitManageToken(client.reserveAndConfirm(nineOn(late)).get("appointmentId").asText());
        assertThat(http.post("/api/booking/manage/" + token + "/waiting-list", Map.of()).status()).isEqualTo(201);
        return token;
    }

    private static CapacityRange morning(LocalDate day) {
        return new CapacityRange(nineOn(day), day.atTime(LocalTime.of(12, 0)).atZone(ZONE).toInstant(), 1, List.of());
    }

    private JsonNode view(String token) {
        return http.get("/api/booking/manage/" + token + "/waiting-list").body();
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
        throw new AssertionError("no offer made to " + token + " within " + WAIT);
    }

    private long offersStored() {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE aggregateidentifier = :line AND payloadtype LIKE '%SlotOffered'""")
                .param("line", WaitingLineId.of(feed.placeId, feed.typeId)).query(Long.class).single();
    }
}
