package fr.creneau.booking.catalog;

import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.planning.api.CounterChanged;
import fr.creneau.planning.api.PlanningChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class PlanningEventsConsumerTest extends BookingIntegrationTest {

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(13);

    @Test
    void aPlanningChangeDeliveredTwiceIsAppliedOnce() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        PlanningChanged opening = feed.opening(day, 2, Instant.now());

        feed.deliver(planningEvents, opening);
        feed.deliver(planningEvents, opening);

        assertThat(capacityChangesOf(day)).isEqualTo(1);
    }

    @Test
    void anOlderPlanningChangeArrivingLateDoesNotUndoANewerOne() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        Instant now = Instant.now();

        feed.deliver(planningEvents, feed.opening(day, 3, now));
        feed.deliver(planningEvents, feed.opening(day, 1, now.minusSeconds(60)));

        assertThat(capacityChangesOf(day)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT capacity FROM capacity_window WHERE counter_id = :id")
                .param("id", feed.counterId).query(Integer.class).list()).containsExactly(3);
    }

    @Test
    void theCatalogKeepsTheNewestDescription() {
        Instant now = Instant.now();
        CounterChanged renamed = new CounterChanged("e-new-" + feed.counterId, now, feed.communeId, feed.counterId,
                feed.placeId, "Guichet A", List.of(feed.typeId), List.of(), true, List.of());
        CounterChanged older = new CounterChanged("e-old-" + feed.counterId, now.minusSeconds(60), feed.communeId,
                feed.counterId, feed.placeId, "Guichet 1", List.of(feed.typeId), List.of(), true, List.of());

        feed.deliver(planningEvents, renamed);
        feed.deliver(planningEvents, older);

        assertThat(catalog.counter(feed.counterId).orElseThrow().name()).isEqualTo("Guichet A");
    }

    @Test
    void anUnknownTypeOfEventOrAnUnreadableOneIsIgnored() {
        assertThatCode(() -> {
            planningEvents.accept(message("{\"type\":\"HolidayDeclared.v3\",\"eventId\":\"x\"}"));
            planningEvents.accept(message("pas du json"));
        }).doesNotThrowAnyException();
    }

    private long capacityChangesOf(LocalDate date) {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE aggregateidentifier = :day AND payloadtype LIKE '%DayCapacityChanged'""")
                .param("day", feed.counterId + "/" + date)
                .query(Long.class).single();
    }

    private static Message<byte[]> message(String json) {
        return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8)).build();
    }
}
