package fr.creneau.booking.ants;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.FakeAnts;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The three endpoints the national site calls, as it calls them, with its token. */
class AntsEditorApiTest extends BookingIntegrationTest {

    @LocalServerPort
    int port;

    private ServiceResponse asTheAnts(String path) {
        return ServiceClient.exchange(ServiceClient.on(port, "").rest().get().uri(path)
                .header("X-HUB-RDV-AUTH-TOKEN", FakeAnts.EDITOR_TOKEN));
    }

    private AntsFixture connected() {
        AntsFixture commune = new AntsFixture(port, planningEvents);
        commune.connect("ACCEPT", "ACCEPT").expect(200);
        return commune;
    }

    @Test
    void withoutTheRightTokenTheAntsIsRefused() {
        ServiceResponse none = ServiceClient.on(port, "").get("/api/booking/ants/getManagedMeetingPoints");
        ServiceResponse wrong = ServiceClient.exchange(ServiceClient.on(port, "").rest().get()
                .uri("/api/booking/ants/getManagedMeetingPoints").header("X-HUB-RDV-AUTH-TOKEN", "devine"));

        assertThat(none.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.text("detail")).contains("X-HUB-RDV-AUTH-TOKEN");
    }

    @Test
    void aCallerWithoutTheTokenLearnsNothingFromTheParameters() {
        String[] badSearches = {"/api/booking/ants/availableTimeSlots",
                "/api/booking/ants/availableTimeSlots?meeting_point_ids=x&start_date=demain&end_date=2026-12-02",
                "/api/booking/ants/availableTimeSlots?meeting_point_ids=x&start_date=2026-12-01&end_date=2026-12-02"
                        + "&reason=VISA&documents_number=plusieurs",
                "/api/booking/ants/searchApplicationIds"};
        for (String search : badSearches) {
            ServiceResponse none = ServiceClient.on(port, "").get(search);
            ServiceResponse wrong = ServiceClient.exchange(ServiceClient.on(port, "").rest().get().uri(search)
                    .header("X-HUB-RDV-AUTH-TOKEN", "devine"));

            for (ServiceResponse refused : List.of(none, wrong)) {
                assertThat(refused.status()).as(search).isEqualTo(401);
                assertThat(refused.text("detail")).as(search).contains("X-HUB-RDV-AUTH-TOKEN")
                        .doesNotContain("meeting_point_ids", "start_date", "reason", "documents_number",
                                "application_ids");
            }
        }
        assertThat(asTheAnts(badSearches[0]).status()).isEqualTo(400);
    }

    @Test
    void theMeetingPointsAreThePlacesOfConnectedCommunesOnly() {
        AntsFixture connected = connected();
        AntsFixture other = new AntsFixture(port, planningEvents);

        JsonNode points = asTheAnts("/api/booking/ants/getManagedMeetingPoints").expect(200).body();

        assertThat(points.findValuesAsText("id")).contains(connected.feed.placeId).doesNotContain(other.feed.placeId);
        JsonNode mine = find(points, connected.feed.placeId);
        assertThat(mine.get("name").asText()).isEqualTo("Mairie");
        assertThat(mine.get("city_name").asText()).isEqualTo("Villeneuve");
        assertThat(mine.get("public_entry_address").asText()).isEqualTo("1 place de la Mairie");
    }

    @Test
    void freeSlotsGoOutInParisWallClockWithALinkOpeningTheBookingPageOnThem() {
        AntsFixture commune = connected();

        JsonNode answer = asTheAnts(("/api/booking/ants/availableTimeSlots?meeting_point_ids=%s&meeting_point_ids=inconnu"
                + "&start_date=%s&end_date=%s&reason=CNI&documents_number=1")
                .formatted(commune.feed.placeId, commune.day, commune.day)).expect(200).body();

        JsonNode slots = answer.get(commune.feed.placeId);
        assertThat(slots).hasSize(9);
        assertThat(slots.get(0).get("datetime").asText()).isEqualTo(commune.day + "T09:00:00Z");
        String link = URLDecoder.decode(slots.get(0).get("callback_url").asText(), StandardCharsets.UTF_8);
        assertThat(link).startsWith("https://rdv.example.fr/c/" + commune.feed.communeId + "?motif=" + commune.feed.typeId)
                .contains("&creneau=" + commune.nine).contains("&guichet=" + commune.feed.counterId)
                .contains("&personnes=1");
        assertThat(answer.get("inconnu")).isEmpty();
    }

    @Test
    void aReasonTheCommuneDidNotMapHasNoSlot() {
        AntsFixture commune = connected();

        JsonNode answer = asTheAnts(("/api/booking/ants/availableTimeSlots?meeting_point_ids=%s"
                + "&start_date=%s&end_date=%s&reason=PASSPORT").formatted(commune.feed.placeId, commune.day,
                commune.day)).expect(200).body();

        assertThat(answer.get(commune.feed.placeId)).isEmpty();
    }

    @Test
    void aBadSearchIsAProblemInFrench() {
        AntsFixture commune = connected();
        String path = "/api/booking/ants/availableTimeSlots?meeting_point_ids=" + commune.feed.placeId;

        assertThat(asTheAnts(path + "&start_date=2026-12-10&end_date=2026-12-01").text("detail")).contains("précède");
        assertThat(asTheAnts(path + "&start_date=2026-12-01&end_date=2027-12-01").status()).isEqualTo(400);
        assertThat(asTheAnts(path + "&start_date=2026-12-01&end_date=2026-12-02&reason=VISA").text("detail"))
                .contains("CNI, PASSPORT ou CNI-PASSPORT");
        assertThat(asTheAnts(path + "&start_date=demain&end_date=2026-12-02").status()).isEqualTo(400);
        assertThat(asTheAnts("/api/booking/ants/availableTimeSlots?start_date=2026-12-01&end_date=2026-12-02")
                .status()).isEqualTo(400);
    }

    @Test
    void aNumberShowsItsConfirmedAppointmentWithItsLinks() {
        AntsFixture commune = connected();
        String number = FakeAnts.newNumber();
        ants.status(number, "validated");
        AntsFixture.created(commune.bookAtTheDesk(commune.nine, number));

        JsonNode answer = await().atMost(Duration.ofSeconds(10)).until(
                () -> asTheAnts("/api/booking/ants/searchApplicationIds?application_ids=%s&application_ids=AAAAAAAAAA"
                        .formatted(number)).expect(200).body(),
                body -> body.get(number).size() == 1);

        JsonNode appointment = answer.get(number).get(0);
        assertThat(appointment.get("meeting_point").asText()).isEqualTo("Mairie");
        assertThat(appointment.get("datetime").asText()).isEqualTo(commune.day + "T09:00:00Z");
        assertThat(appointment.get("management_url").asText()).startsWith("https://rdv.example.fr/gerer/");
        assertThat(appointment.get("cancel_url").asText()).endsWith("/annulation");
        assertThat(answer.get("AAAAAAAAAA")).isEmpty();
    }

    private static JsonNode find(JsonNode points, String id) {
        for (JsonNode point : points) {
            if (point.get("id").asText().equals(id)) {
                return point;
            }
        }
        throw new AssertionError("no meeting point " + id);
    }
}
