package fr.creneau.booking.counterday;

import fr.creneau.booking.BookingApplication;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds of three seconds on a booking-service that is stopped before they end and started again after: the end of a
 * hold is kept in the database, so the next start ends it at once, at its deadline; and a running one ends a hold on
 * time.
 */
class HoldExpiryRestartTest {

    private static final String DATABASE = TestInfrastructure.newDatabase("booking_hold_restart");
    private static final Duration SWEEP_MARGIN = Duration.ofSeconds(10);

    @Test
    void aHoldThatEndedWhileNoInstanceRanEndsAtTheNextStartAndARunningInstanceEndsOneOnTime()
            throws InterruptedException {
        PlanningFeed feed = new PlanningFeed();
        LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(3);
        String appointmentId;
        try (ConfigurableApplicationContext first = start()) {
            appointmentId = reserve(first, feed, day);
        }
        Instant end = holdEnd(appointmentId);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis()) + 1_000);
        assertThat(status(appointmentId)).as("nothing ends a hold while no instance runs").isEqualTo("HELD");

        try (ConfigurableApplicationContext second = start()) {
            awaitStatus(appointmentId, "EXPIRED", Duration.ofSeconds(60));
            assertThat(endedAt(appointmentId)).isAfterOrEqualTo(end);

            String running = reserve(second, new PlanningFeed(), day.plusDays(1));
            Instant runningEnd = holdEnd(running);
            awaitStatus(running, "EXPIRED", Duration.ofSeconds(30));
            assertThat(endedAt(running)).as("ended within a few seconds of its time, on a loaded machine")
                    .isBetween(runningEnd, runningEnd.plus(SWEEP_MARGIN));
        }
    }

    @SuppressWarnings("unchecked")
    private static String reserve(ConfigurableApplicationContext instance, PlanningFeed feed, LocalDate day) {
        Consumer<Message<byte[]>> planning = instance.getBean("planningEvents", Consumer.class);
        feed.catalog(false).forEach(event -> feed.deliver(planning, event));
        feed.deliver(planning, feed.opening(day, 1, Instant.now()));
        String port = instance.getEnvironment().getProperty("local.server.port");
        return new BookingClient(ServiceClient.on(Integer.parseInt(port), ""), feed).reserve(nineOn(day));
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BookingApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + DATABASE,
                "--spring.datasource.username=" + TestInfrastructure.postgresUser(),
                "--spring.datasource.password=" + TestInfrastructure.postgresPassword(),
                "--spring.cloud.stream.kafka.binder.brokers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--spring.cloud.stream.bindings.planningEvents-in-0.group=booking-restart-" + UUID.randomUUID(),
                "--creneau.identity.key=" + AgentHeaders.KEY,
                "--booking.hold-duration=PT3S");
    }

    private static JdbcClient jdbc() {
        return JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(DATABASE,
                TestInfrastructure.postgresUser(), TestInfrastructure.postgresPassword()));
    }

    private static Instant holdEnd(String appointmentId) {
        return jdbc().sql("SELECT hold_expires_at FROM appointment WHERE appointment_id = ?").param(appointmentId)
                .query(Timestamp.class).single().toInstant();
    }

    private static String status(String appointmentId) {
        return jdbc().sql("SELECT status FROM appointment WHERE appointment_id = ?").param(appointmentId)
                .query(String.class).single();
    }

    /** When the hold's HoldExpired event was stored. */
    private static Instant endedAt(String appointmentId) {
        return Instant.parse(jdbc().sql("""
                        SELECT timestamp FROM domainevententry
                        WHERE payloadtype LIKE '%HoldExpired' AND convert_from(payload, 'UTF8') LIKE ?""")
                .param("%" + appointmentId + "%").query(String.class).single());
    }

    private static void awaitStatus(String appointmentId, String expected, Duration within) {
        Instant until = Instant.now().plus(within);
        while (!expected.equals(status(appointmentId))) {
            assertThat(Instant.now()).as("the hold of %s %s in time", appointmentId, expected).isBefore(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
