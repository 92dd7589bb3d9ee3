package fr.creneau.booking.counterday;

import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

class HoldDeadlineTest extends BookingIntegrationTest {

    @Autowired
    DeadlineManager deadlines;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theExpiryOfAHoldIsADurableDeadlineInPostgresql() {
        PlanningFeed feed = new PlanningFeed();
        LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(11);
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 1, Instant.now()));
        long before = deadlinesStored();

        new BookingClient(http, feed).reserve(nineOn(day));

        assertThat(deadlines).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(deadlinesStored()).isEqualTo(before + 1);
    }

    private long deadlinesStored() {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name <> 'personal-data-retention'")
                .query(Long.class).single();
    }
}
