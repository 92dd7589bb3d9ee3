package fr.creneau.booking.counterday;

import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

/** A hold is found due by the sweep over the held appointments: no task of its own in db-scheduler's table. */
class HoldExpiriesTest extends BookingIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHoldIsKeptWithItsEndOnItsAppointmentAndNoTaskOfItsOwn() {
        PlanningFeed feed = new PlanningFeed();
        LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(11);
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 1, Instant.now()));
        long tasksBefore = holdTasks();
        Instant before = Instant.now();

        String appointmentId = new BookingClient(http, feed).reserve(nineOn(day));

        Instant end = jdbc.sql("SELECT hold_expires_at FROM appointment WHERE appointment_id = ? AND status = 'HELD'")
                .param(appointmentId).query(java.sql.Timestamp.class).single().toInstant();
        assertThat(end).isBetween(before.plus(Duration.ofMinutes(10)), Instant.now().plus(Duration.ofMinutes(10)));
        assertThat(holdTasks()).isEqualTo(tasksBefore);
    }

    private long holdTasks() {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name LIKE '%hold-expiry%'")
                .query(Long.class).single();
    }
}
