package fr.creneau.booking.ants;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.FakeAnts;
import fr.creneau.testsupport.ServiceResponse;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** When the ANTS does not answer, bookings go on as the commune chose, and the declarations wait for it. */
class AntsOutageTest extends BookingIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void antsBackAndBreakerClosed() {
        ants.up();
        AntsFixture probe = new AntsFixture(port, planningEvents);
        probe.connect("ACCEPT", "REFUSE").expect(200);
        // the breaker lets a call through once its open time is over; until then a check is refused at once
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            String number = FakeAnts.newNumber();
            ants.status(number, "validated");
            return probe.reserveOnline(probe.nine, number).status() == 201;
        });
    }

    @Test
    void withoutAnAnswerACommuneThatRefusesSaysSoInFrench() {
        AntsFixture commune = new AntsFixture(port, planningEvents);
        commune.connect("ACCEPT", "REFUSE").expect(200);
        ants.down();

        ServiceResponse refused = commune.reserveOnline(commune.nine, FakeAnts.newNumber());

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("ANTS ne répond pas");
    }

    @Test
    void withoutAnAnswerWhenTheCodeComesACommuneThatRefusesKeepsTheHoldForAnotherTry() {
        AntsFixture commune = new AntsFixture(port, planningEvents);
        commune.connect("ACCEPT", "REFUSE").expect(200);
        String number = FakeAnts.newNumber();
        ants.status(number, "validated");
        String appointmentId = AntsFixture.created(commune.reserveOnline(commune.nine, number));
        String code = BookingClient.awaitCode(appointmentId);
        ants.down();

        ServiceResponse refused = commune.confirm(appointmentId, code);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.text("detail")).contains("ANTS ne répond pas");
        ants.up();
        ServiceResponse confirmed = commune.confirm(appointmentId, code);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void withoutAnAnswerWhenTheCodeComesACommuneThatAcceptsConfirms() {
        AntsFixture commune = new AntsFixture(port, planningEvents);
        commune.connect("ACCEPT", "ACCEPT").expect(200);
        String number = FakeAnts.newNumber();
        ants.status(number, "validated");
        String appointmentId = AntsFixture.created(commune.reserveOnline(commune.nine, number));
        String code = BookingClient.awaitCode(appointmentId);
        ants.down();

        ServiceResponse confirmed = commune.confirm(appointmentId, code);

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
        assertThat(ants.requestsAbout(number).stream().filter(request -> request.getUrl().startsWith("/api/status")))
                .hasSize(2);
    }

    @Test
    void withoutAnAnswerACommuneThatAcceptsBooksAndTellsTheCitizen() {
        AntsFixture commune = new AntsFixture(port, planningEvents);
        commune.connect("ACCEPT", "ACCEPT").expect(200);
        ants.down();

        ServiceResponse taken = commune.reserveOnline(commune.nine, FakeAnts.newNumber());

        assertThat(taken.status()).isEqualTo(201);
        assertThat(taken.body().get("antsNotices").get(0).asText()).contains("n'a pas pu être vérifié");
    }

    @Test
    void afterSomeFailuresTheBreakerAnswersAtOnceAndEveryCallIsInTheLog() {
        AntsFixture commune = new AntsFixture(port, planningEvents);
        commune.connect("ACCEPT", "ACCEPT").expect(200);
        ants.down();

        for (int i = 0; i < 6; i++) {
            assertThat(commune.bookAtTheDesk(commune.nine.plus(Duration.ofMinutes(20L * i)), FakeAnts.newNumber())
                    .status()).isEqualTo(201);
        }

        List<String> outcomes = new ArrayList<>();
        commune.calls().forEach(call -> {
            if (call.get("operation").asText().equals("status")) {
                outcomes.add(call.get("outcome").asText());
            }
        });
        assertThat(outcomes).hasSize(6).contains("FAILED", "SKIPPED");
        assertThat(meters.get("creneau.ants.calls").tag("operation", "status").tag("outcome", "failed").timer()
                .count()).isPositive();
        assertThat(meters.get("creneau.ants.calls").tag("operation", "status").tag("outcome", "skipped").timer()
                .count()).isPositive();
    }

    @Test
    void declarationsWaitWhileTheAntsIsDownThenAreDelivered() throws InterruptedException {
        AntsFixture commune = new AntsFixture(port, planningEvents);
        commune.connect("ACCEPT", "ACCEPT").expect(200);
        ants.down();
        List<String> numbers = List.of(FakeAnts.newNumber(), FakeAnts.newNumber(), FakeAnts.newNumber());
        for (int i = 0; i < numbers.size(); i++) {
            AntsFixture.created(commune.bookAtTheDesk(commune.nine.plus(Duration.ofMinutes(20L * i)), numbers.get(i)));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> failedDeclarations(commune) >= 3);
        Thread.sleep(2_000);
        ants.up();

        for (String number : numbers) {
            await().atMost(Duration.ofSeconds(30)).until(() -> ants.appointments("POST", number).size() == 1);
        }
    }

    private static long failedDeclarations(AntsFixture commune) {
        long failed = 0;
        for (JsonNode call : commune.calls()) {
            if (call.get("operation").asText().equals("declare") && call.get("outcome").asText().equals("FAILED")) {
                failed++;
            }
        }
        return failed;
    }
}
