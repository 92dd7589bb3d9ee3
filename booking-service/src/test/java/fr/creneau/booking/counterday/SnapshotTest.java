package fr.creneau.booking.counterday;

import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

class SnapshotTest extends BookingIntegrationTest {

    private static final int CAPACITY = 25;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("counterDayCache")
    Cache cache;

    @Test
    void aBusyDayRebuiltFromItsSnapshotStillKnowsItIsFull() {
        PlanningFeed feed = new PlanningFeed();
        LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(15);
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, CAPACITY, Instant.now()));
        BookingClient client = new BookingClient(http, feed);
        for (int citizen = 0; citizen < CAPACITY; citizen++) {
            client.bookByPhone(nineOn(day));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = :day")
                .param("day", feed.counterId + "/" + day).query(Long.class).single()).isPositive();

        cache.removeAll();

        assertThat(http.post("/api/booking/communes/%s/reservations".formatted(feed.communeId),
                Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId, "start", nineOn(day).toString(),
                        "citizen", Map.of("fullName", "Dernier Arrivé", "mobile", "+33688888888")))
                .status()).isEqualTo(409);
        assertThat(client.remaining(day, nineOn(day).plusSeconds(1200))).isEqualTo(CAPACITY);
    }
}
