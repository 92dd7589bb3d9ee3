package fr.creneau.booking.concurrency;

import fr.creneau.booking.BookingApplication;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 citizens rush at one slot, on one instance and on two instances sharing the database; and at one day, whose
 * reservations go through in batches.
 */
class NoOverbookingTest extends BookingIntegrationTest {

    private static final int CITIZENS = 200;
    private static final int CAPACITY = 3;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    private static ConfigurableApplicationContext second;

    @Test
    void twoHundredConcurrentReservationsOfASlotForThreeGetExactlyThree() throws Exception {
        PlanningFeed feed = openedCounter(CAPACITY);

        Map<Integer, Long> statuses = rush(feed, List.of("http://localhost:" + port));

        assertThat(statuses).containsOnlyKeys(201, 409).containsEntry(201, (long) CAPACITY);
        assertThat(heldInEventStore(feed)).isEqualTo(CAPACITY);
    }

    @Test
    void twoInstancesOnOneDatabaseStillGiveExactlyThree() throws Exception {
        PlanningFeed feed = openedCounter(CAPACITY);

        Map<Integer, Long> statuses = rush(feed, List.of("http://localhost:" + port, secondInstanceUrl()));

        assertThat(statuses).containsOnlyKeys(201, 409).containsEntry(201, (long) CAPACITY);
        assertThat(heldInEventStore(feed)).isEqualTo(CAPACITY);
    }

    @Test
    void whenTwoInstancesWriteTheSameDayTheLoserRetriesAndNoneOverbooks() throws Exception {
        int capacity = 60;
        PlanningFeed feed = openedCounter(capacity);
        String secondUrl = secondInstanceUrl();
        double conflictsBefore = conflicts(meters) + conflicts(second.getBean(MeterRegistry.class));

        Map<Integer, Long> statuses = rush(feed, List.of("http://localhost:" + port, secondUrl));

        assertThat(statuses).containsOnlyKeys(201, 409).containsEntry(201, (long) capacity);
        assertThat(heldInEventStore(feed)).isEqualTo(capacity);
        System.out.printf("conflicts retried on the two instances: %.0f%n",
                conflicts(meters) + conflicts(second.getBean(MeterRegistry.class)) - conflictsBefore);
    }

    @Test
    void aRushOnOneDayGoesThroughInBatchesAndNeverOverbooks() throws Exception {
        int capacity = 60;
        PlanningFeed feed = openedCounter(capacity);
        DistributionSummary batches = meters.summary("booking.counterday.batch");
        long unitsBefore = batches.count();
        double reservationsBefore = batches.totalAmount();

        Map<Integer, Long> statuses = rush(feed, List.of("http://localhost:" + port));

        assertThat(statuses).containsOnlyKeys(201, 409).containsEntry(201, (long) capacity);
        assertThat(heldInEventStore(feed)).isEqualTo(capacity);
        long units = batches.count() - unitsBefore;
        long reservations = Math.round(batches.totalAmount() - reservationsBefore);
        System.out.printf("%d reservations went through the day in %d units of work%n", reservations, units);
        assertThat(reservations).isEqualTo(CITIZENS);
        assertThat(units).as("reservations waiting for the same day share a unit of work").isLessThan(reservations);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    private PlanningFeed openedCounter(int capacity) {
        PlanningFeed feed = new PlanningFeed();
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day(), capacity, Instant.now()));
        return feed;
    }

    private Map<Integer, Long> rush(PlanningFeed feed, List<String> instances) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int citizen = 0; citizen < CITIZENS; citizen++) {
                String base = instances.get(citizen % instances.size());
                Map<String, Object> body = Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                        "start", PlanningFeed.nineOn(day()).toString(), "persons", 1,
                        "citizen", Map.of("fullName", "Citoyen " + citizen, "mobile", "+3361234" + (1000 + citizen)));
                Callable<Integer> reservation = () -> {
                    start.await();
                    return http.post(base + "/api/booking/communes/" + feed.communeId + "/reservations", body).status();
                };
                answers.add(pool.submit(reservation));
            }
            long began = System.nanoTime();
            start.countDown();
            Map<Integer, Long> statuses = new java.util.TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1L, Long::sum);
            }
            System.out.printf("%d reservations on %d instance(s) answered in %d ms: %s%n", CITIZENS, instances.size(),
                    Duration.ofNanos(System.nanoTime() - began).toMillis(), statuses);
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long heldInEventStore(PlanningFeed feed) {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE aggregateidentifier = :day AND payloadtype LIKE '%SlotReserved'""")
                .param("day", feed.counterId + "/" + day())
                .query(Long.class).single();
    }

    /** A second booking-service on the same database, started once for the tests that need it. */
    private String secondInstanceUrl() {
        if (second == null) {
            second = secondInstance();
        }
        return "http://localhost:" + second.getEnvironment().getProperty("local.server.port");
    }

    private ConfigurableApplicationContext secondInstance() {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + TestInfrastructure.postgresUser(),
                "--spring.datasource.password=" + TestInfrastructure.postgresPassword(),
                "--spring.cloud.stream.kafka.binder.brokers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--spring.cloud.stream.bindings.planningEvents-in-0.group=booking-second-" + UUID.randomUUID(),
                "--creneau.identity.key=" + AgentHeaders.KEY));
        return new SpringApplicationBuilder(BookingApplication.class).run(arguments.toArray(String[]::new));
    }

    private static double conflicts(MeterRegistry registry) {
        return registry.counter("booking.counterday.conflicts").count();
    }

    private static LocalDate day() {
        return LocalDate.now(PlanningFeed.ZONE).plusDays(3);
    }
}
