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

/**
 * A reservation the counter-day refuses is a result, not a failure: the citizen gets the 409 with other slots,
 * nothing is appended, and the day stays in the cache, so a rush of refusals on one full slot does not make every
 * next command read the whole day again.
 */
class RefusalIsAResultTest extends BookingIntegrationTest {

    private static final int CAPACITY = 2;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("counterDayCache")
    Cache cache;

    @Test
    void aRefusedReservationLeavesTheDayCachedAndWritesNothing() {
        PlanningFeed feed = new PlanningFeed();
        LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(16);
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, CAPACITY, Instant.now()));
        BookingClient client = new BookingClient(http, feed);
        for (int citizen = 0; citizen < CAPACITY; citizen++) {
            client.bookByPhone(nineOn(day));
        }
        String dayId = feed.counterId + "/" + day;
        long eventsBefore = eventsOf(dayId);
        assertThat(cache.containsKey(dayId)).isTrue();

        for (int late = 0; late < 3; late++) {
            var refused = http.post("/api/booking/communes/%s/reservations".formatted(feed.communeId),
                    Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId, "start",
                            nineOn(day).toString(), "citizen", Map.of("fullName", "En Retard " + late,
                                    "mobile", "+3368888880" + late)));
            assertThat(refused.status()).isEqualTo(409);
        }

        assertThat(cache.containsKey(dayId)).as("the day is still cached after the refusals").isTrue();
        assertThat(eventsOf(dayId)).isEqualTo(eventsBefore);
        assertThat(client.remaining(day, nineOn(day).plusSeconds(1200))).isEqualTo(CAPACITY);
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE counter_day_id = :day").param("day", dayId)
                .query(Long.class).single()).isEqualTo(CAPACITY);
    }

    private long eventsOf(String dayId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :day").param("day", dayId)
                .query(Long.class).single();
    }
}
