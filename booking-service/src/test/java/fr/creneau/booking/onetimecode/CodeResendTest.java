package fr.creneau.booking.onetimecode;

import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.testsupport.KafkaProbe;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CodeResendTest extends BookingIntegrationTest {

    @Test
    void aCodeIsResentThreeTimesAtMostAfterACoolDownAndOnlyTheLastOneConfirms() throws Exception {
        PlanningFeed feed = new PlanningFeed();
        LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(8);
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 1, Instant.now()));
        BookingClient client = new BookingClient(http, feed);
        String appointmentId = client.reserve(nineOn(day));
        String resend = "/api/booking/appointments/%s/code".formatted(appointmentId);

        assertThat(client.post(resend, Map.of()).status()).isEqualTo(429);
        for (int i = 0; i < 3; i++) {
            Thread.sleep(2100);
            assertThat(client.post(resend, Map.of()).status()).isEqualTo(200);
        }
        Thread.sleep(2100);
        ServiceResponse fourth = client.post(resend, Map.of());
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.body().get("detail").asText()).contains("nombre maximal");

        List<String> codes = codesSentFor(appointmentId, 4);
        String confirmation = "/api/booking/appointments/%s/confirmation".formatted(appointmentId);
        if (!codes.get(0).equals(codes.get(3))) {
            assertThat(client.post(confirmation, Map.of("code", codes.get(0))).status()).isEqualTo(400);
        }
        assertThat(client.post(confirmation, Map.of("code", codes.get(3))).body().get("status").asText())
                .isEqualTo("CONFIRMED");
    }

    private static List<String> codesSentFor(String appointmentId, int count) {
        try (KafkaProbe otp = new KafkaProbe("notification.otp")) {
            return await().atMost(Duration.ofSeconds(30)).until(() -> otp.drain(Duration.ofMillis(300)).stream()
                    .map(record -> KafkaProbe.parse(record.value()))
                    .filter(json -> appointmentId.equals(json.path("appointmentId").asText()))
                    .map(json -> json.get("code").asText())
                    .toList(), codes -> codes.size() >= count);
        }
    }
}
