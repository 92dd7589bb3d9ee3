package fr.creneau.booking.ants;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.FakeAnts;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The numbers a commune connected to the ANTS takes, checked with the (fake) ANTS, and what it declares. */
class AntsCoordinationTest extends BookingIntegrationTest {

    private static final String ELSEWHERE = """
            {"meeting_point": "Mairie de Lyon 3e", "appointment_date": "2026-12-20T10:30:00",
             "management_url": "https://autre-editeur.example/rdv/1"}""";

    @LocalServerPort
    int port;

    private AntsFixture connected(String whenDeclaredElsewhere) {
        AntsFixture commune = new AntsFixture(port, planningEvents);
        commune.connect(whenDeclaredElsewhere, "ACCEPT").expect(200);
        return commune;
    }

    @Test
    void aConsumedNumberIsRefusedInFrench() {
        AntsFixture commune = connected("ACCEPT");
        String number = FakeAnts.newNumber();
        ants.status(number, "consumed");

        ServiceResponse refused = commune.reserveOnline(commune.nine, number);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains(number).contains("a déjà servi");
    }

    @Test
    void anExpiredNumberIsRefusedAtTheDeskToo() {
        AntsFixture commune = connected("ACCEPT");
        String number = FakeAnts.newNumber();
        ants.status(number, "expired");

        ServiceResponse refused = commune.bookAtTheDesk(commune.nine, number);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("a expiré");
    }

    @Test
    void aNumberTheAntsDoesNotKnowIsRefused() {
        AntsFixture commune = connected("ACCEPT");
        String number = FakeAnts.newNumber();
        ants.status(number, "unknown");

        assertThat(commune.reserveOnline(commune.nine, number).status()).isEqualTo(400);
    }

    @Test
    void aNumberBookedElsewhereIsRefusedWhenTheCommuneSaysSo() {
        AntsFixture commune = connected("REFUSE");
        String number = FakeAnts.newNumber();
        ants.status(number, "declared", ELSEWHERE);

        ServiceResponse refused = commune.reserveOnline(commune.nine, number);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("Mairie de Lyon 3e").contains("2026-12-20 à 10:30");
    }

    @Test
    void aNumberBookedElsewhereIsTakenWithANoticeWhenTheCommuneAcceptsIt() {
        AntsFixture commune = connected("ACCEPT");
        String number = FakeAnts.newNumber();
        ants.status(number, "declared", ELSEWHERE);

        ServiceResponse taken = commune.reserveOnline(commune.nine, number);

        assertThat(taken.status()).isEqualTo(201);
        assertThat(taken.body().get("antsNotices").get(0).asText()).contains("Mairie de Lyon 3e")
                .contains("Pensez à annuler");
    }

    @Test
    void aNumberConsumedBetweenTheHoldAndTheCodeIsRefusedAgainAndTheHoldFreed() throws InterruptedException {
        AntsFixture commune = connected("ACCEPT");
        String number = FakeAnts.newNumber();
        ants.status(number, "validated");
        String appointmentId = AntsFixture.created(commune.reserveOnline(commune.nine, number));
        String code = BookingClient.awaitCode(appointmentId);
        ants.status(number, "consumed");

        ServiceResponse refused = commune.confirm(appointmentId, code);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains(number).contains("a déjà servi");
        assertThat(ants.requestsAbout(number)).extracting(request -> request.getUrl().split("\\?")[0])
                .containsExactly("/api/status", "/api/status");
        assertThat(commune.confirm(appointmentId, code).status()).isEqualTo(409);
        Thread.sleep(3_000);
        assertThat(ants.appointments("POST", number)).isEmpty();
    }

    @Test
    void aNumberStillValidatedWhenTheCodeComesIsDeclared() {
        AntsFixture commune = connected("ACCEPT");
        String number = FakeAnts.newNumber();
        ants.status(number, "validated");
        String appointmentId = AntsFixture.created(commune.reserveOnline(commune.nine, number));

        ServiceResponse confirmed = commune.confirm(appointmentId, BookingClient.awaitCode(appointmentId));

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
        await().atMost(Duration.ofSeconds(30)).until(() -> ants.appointments("POST", number).size() == 1);
        assertThat(ants.requestsAbout(number)).extracting(request -> request.getUrl().split("\\?")[0])
                .startsWith("/api/status", "/api/status", "/api/appointments");
    }

    @Test
    void aConfirmedAppointmentIsDeclaredAndItsCancellationWithdrawn() {
        AntsFixture commune = connected("ACCEPT");
        String number = FakeAnts.newNumber();
        ants.status(number, "validated");

        String appointmentId = AntsFixture.created(commune.bookAtTheDesk(commune.nine, number));

        LoggedRequest declared = await().atMost(Duration.ofSeconds(30))
                .until(() -> ants.appointments("POST", number), list -> list.size() == 1).get(0);
        assertThat(declared.queryParameter("meeting_point_id").firstValue()).isEqualTo(commune.feed.placeId);
        assertThat(declared.queryParameter("meeting_point").firstValue()).isEqualTo("Mairie");
        assertThat(declared.queryParameter("appointment_date").firstValue())
                .isEqualTo(commune.day + "T09:00:00");
        assertThat(declared.queryParameter("management_url").firstValue()).startsWith("https://rdv.example.fr/gerer/");

        commune.cancel(appointmentId).expect(200);

        LoggedRequest withdrawn = await().atMost(Duration.ofSeconds(30))
                .until(() -> ants.appointments("DELETE", number), list -> list.size() == 1).get(0);
        assertThat(withdrawn.queryParameter("management_url").firstValue())
                .isEqualTo(declared.queryParameter("management_url").firstValue());
        assertThat(commune.calls().toString()).contains("\"operation\":\"declare\"").contains("\"operation\":\"delete\"");
    }

    @Test
    void aMovedAppointmentIsWithdrawnThenDeclaredAtItsNewTime() {
        AntsFixture commune = connected("ACCEPT");
        String number = FakeAnts.newNumber();
        ants.status(number, "validated");
        String appointmentId = AntsFixture.created(commune.bookAtTheDesk(commune.nine, number));
        await().atMost(Duration.ofSeconds(30)).until(() -> ants.appointments("POST", number).size() == 1);

        commune.reschedule(appointmentId, commune.nine.plus(Duration.ofMinutes(60))).expect(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> ants.appointments("POST", number).size() == 2);
        List<LoggedRequest> sent = ants.requestsAbout(number).stream()
                .filter(request -> request.getUrl().startsWith("/api/appointments")).toList();
        assertThat(sent).extracting(request -> request.getMethod().getName()).containsExactly("POST", "DELETE", "POST");
        assertThat(sent.get(1).queryParameter("appointment_date").firstValue()).isEqualTo(commune.day + "T09:00:00");
        assertThat(sent.get(2).queryParameter("appointment_date").firstValue()).isEqualTo(commune.day + "T10:00:00");
    }

    @Test
    void aHoldThatIsNeverConfirmedIsNeverDeclared() throws InterruptedException {
        AntsFixture commune = connected("ACCEPT");
        String number = FakeAnts.newNumber();
        ants.status(number, "validated");

        assertThat(commune.reserveOnline(commune.nine, number).status()).isEqualTo(201);

        Thread.sleep(3_000);
        assertThat(ants.appointments("POST", number)).isEmpty();
    }

    @Test
    void aCommuneNotConnectedAsksTheAntsNothing() {
        AntsFixture commune = new AntsFixture(port, planningEvents);
        String number = FakeAnts.newNumber();
        ants.status(number, "consumed");

        assertThat(commune.bookAtTheDesk(commune.nine, number).status()).isEqualTo(201);
        assertThat(ants.requestsAbout(number)).isEmpty();
    }
}
