package fr.creneau.booking.waitinglist;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.BookingApplication;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.booking.waitinglist.domain.WaitingLineId;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceResponse;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.creneau.booking.support.BookingClient.awaitEvent;
import static fr.creneau.booking.support.BookingClient.awaitManageToken;
import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several places freed at once, on two booking-service instances sharing the database, several citizens waiting:
 * each freed place goes to exactly one of them, nobody gets two, and taking the offers never overbooks.
 */
class WaitingListConcurrencyTest extends BookingIntegrationTest {

    private static final int FREED = 3;
    private static final int WAITERS = 5;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private static ConfigurableApplicationContext second;

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate early = LocalDate.now(PlanningFeed.ZONE).plusDays(3);
    private final LocalDate late = LocalDate.now(PlanningFeed.ZONE).plusDays(12);

    @Test
    void concurrentCancellationsOfferEachFreedPlaceToExactlyOneWaiterAndNeverOverbook() throws Exception {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(early, FREED, Instant.now()));
        feed.deliver(planningEvents, feed.opening(late, WAITERS, Instant.now()));
        BookingClient client = new BookingClient(http, feed);
        List<String> leaving = new ArrayList<>();
        for (int i = 0; i < FREED; i++) {
            leaving.add(tokenOf(client.reserveAndConfirm(nineOn(early))));
        }
        assertThat(client.remaining(early, nineOn(early))).isZero();
        List<String> waiters = new ArrayList<>();
        List<String> waiterIds = new ArrayList<>();
        for (int i = 0; i < WAITERS; i++) {
            JsonNode booked = client.reserveAndConfirm(nineOn(late));
            waiterIds.add(booked.get("appointmentId").asText());
            String token = tokenOf(booked);
            ServiceResponse joined = http.post("/api/booking/manage/" + token + "/waiting-list", Map.of());
            assertThat(joined.status()).isEqualTo(201);
            assertThat(joined.body().get("waiting").asBoolean()).isTrue();
            waiters.add(token);
        }
        String secondUrl = secondInstanceUrl();

        List<Integer> cancelled = together(leaving, (i, token) -> http.post(instance(i, secondUrl)
                + "/api/booking/manage/" + token + "/cancellation", Map.of()).status());
        assertThat(cancelled).containsOnly(200);

        List<JsonNode> offers = awaitOffers(waiters, FREED);
        assertThat(offers.subList(0, FREED)).allSatisfy(offer -> {
            assertThat(offer).isNotNull();
            assertThat(offer.get("start").asText()).isEqualTo(nineOn(early).toString());
        });
        assertThat(offers.subList(FREED, WAITERS)).containsOnlyNulls();
        assertThat(offersStored()).as("each freed place offered once, to one waiter").isEqualTo(FREED);
        assertThat(awaitEvent("EarlierSlotOffered.v1", waiterIds.get(0)).get("offeredStart").asText())
                .isEqualTo(nineOn(early).toString());

        List<Integer> accepted = together(waiters.subList(0, FREED), (i, token) -> http.post(instance(i, secondUrl)
                + "/api/booking/manage/" + token + "/waiting-list/offer/acceptance", Map.of()).status());
        assertThat(accepted).containsOnly(200);
        assertThat(occupyingAtNine()).as("no overbooking of the freed slot").isEqualTo(FREED);
        assertThat(client.remaining(early, nineOn(early))).isZero();
        ServiceResponse noOffer = http.post("/api/booking/manage/" + waiters.get(FREED)
                + "/waiting-list/offer/acceptance", Map.of());
        assertThat(noOffer.status()).isEqualTo(409);
        assertThat(noOffer.text("detail")).contains("Aucune proposition");
        ServiceResponse again = http.post("/api/booking/manage/" + waiters.get(0)
                + "/waiting-list/offer/acceptance", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("n'est pas sur la liste d'attente");
    }

    private String instance(int i, String secondUrl) {
        return i % 2 == 0 ? "http://localhost:" + port : secondUrl;
    }

    private List<JsonNode> awaitOffers(List<String> waiters, int expected) throws InterruptedException {
        Instant until = Instant.now().plus(WAIT);
        while (true) {
            List<JsonNode> offers = waiters.stream().map(token -> {
                JsonNode offer = http.get("/api/booking/manage/" + token + "/waiting-list").body().get("offer");
                return offer == null || offer.isNull() ? null : offer;
            }).toList();
            long made = offers.stream().filter(offer -> offer != null).count();
            if (made >= expected || Instant.now().isAfter(until)) {
                Thread.sleep(2_000);
                return waiters.stream().map(token -> {
                    JsonNode offer = http.get("/api/booking/manage/" + token + "/waiting-list").body().get("offer");
                    return offer == null || offer.isNull() ? null : offer;
                }).toList();
            }
            Thread.sleep(200);
        }
    }

    private long offersStored() {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE aggregateidentifier = :line AND payloadtype LIKE '%SlotOffered'""")
                .param("line", WaitingLineId.of(feed.placeId, feed.typeId)).query(Long.class).single();
    }

    private long occupyingAtNine() {
        return jdbc.sql("""
                        SELECT count(*) FROM appointment
                        WHERE counter_id = :counter AND starts_at = :start AND status IN ('CONFIRMED', 'HELD')""")
                .param("counter", feed.counterId).param("start", java.sql.Timestamp.from(nineOn(early)))
                .query(Long.class).single();
    }

    private static String tokenOf(JsonNode booked) {
        return awaitManageToken(booked.get("appointmentId").asText());
    }

    private interface Call {
        int run(int index, String token) throws Exception;
    }

    private static List<Integer> together(List<String> tokens, Call call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                int index = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.run(index, tokens.get(index));
                };
                answers.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    /** A second booking-service on the same database: its processors and commands compete with this one's. */
    private String secondInstanceUrl() {
        if (second == null) {
            second = new SpringApplicationBuilder(BookingApplication.class).run(
                    "--server.port=0",
                    "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                    "--spring.datasource.username=" + TestInfrastructure.postgresUser(),
                    "--spring.datasource.password=" + TestInfrastructure.postgresPassword(),
                    "--spring.cloud.stream.kafka.binder.brokers=" + TestInfrastructure.kafkaBootstrapServers(),
                    "--spring.cloud.stream.bindings.planningEvents-in-0.group=booking-second-" + UUID.randomUUID(),
                    "--creneau.identity.key=" + AgentHeaders.KEY);
        }
        return "http://localhost:" + second.getEnvironment().getProperty("local.server.port");
    }
}
