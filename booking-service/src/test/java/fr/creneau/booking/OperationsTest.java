package fr.creneau.booking;

import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsTest extends BookingIntegrationTest {

    @Test
    void healthMetricsAndTheOpenApiDocumentAreServed() {
        assertThat(http.get("/actuator/health").body().get("status").asText()).isEqualTo("UP");
        assertThat(http.get("/actuator/prometheus").bodyAsString()).contains("booking_counterday_conflicts");
        assertThat(http.get("/v3/api-docs").body().get("paths")
                .has("/api/booking/communes/{communeId}/reservations")).isTrue();
    }

    @Test
    void aWeekOfAvailabilityIsReadFromTheProjectionQuickly() {
        PlanningFeed feed = new PlanningFeed();
        LocalDate monday = LocalDate.now(PlanningFeed.ZONE).plusDays(14);
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        for (int d = 0; d < 7; d++) {
            feed.deliver(planningEvents, feed.opening(monday.plusDays(d), 2, Instant.now()));
        }
        String week = "/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(feed.communeId, feed.typeId, monday, monday.plusDays(6));
        assertThat(http.get(week).body().get("slots")).hasSize(63);

        long[] micros = new long[200];
        for (int i = 0; i < micros.length; i++) {
            long began = System.nanoTime();
            http.get(week).bodyAsString();
            micros[i] = (System.nanoTime() - began) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("availability of a week (63 slots), 200 sequential HTTP calls: p50 %d us, p95 %d us%n",
                micros[100], micros[190]);
        assertThat(micros[100]).isLessThan(200_000);
    }
}
