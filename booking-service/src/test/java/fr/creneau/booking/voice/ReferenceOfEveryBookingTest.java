package fr.creneau.booking.voice;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.booking.voice.domain.SpokenSlot;
import fr.creneau.testsupport.ScriptedCaller;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every booking has the six-digit reference the phone reads, on booking.contacts for its messages and on its manage
 * page: a citizen who booked on the web hears and cancels the appointment by phone with it.
 */
class ReferenceOfEveryBookingTest extends BookingIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aCitizenWhoBookedOnTheWebReadsTheReferenceOnTheManagePageAndCancelsByPhone() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1);
        String mobile = VoiceLineSetup.mobile();
        ServiceResponse reserved = line.service.post("/api/booking/communes/%s/reservations"
                .formatted(line.feed.communeId), Map.of("appointmentTypeId", line.feed.typeId,
                "counterId", line.feed.counterId, "start", PlanningFeed.nineOn(line.day).toString(),
                "citizen", Map.of("fullName", "Jeanne Web", "mobile", mobile)));
        assertThat(reserved.status()).isEqualTo(201);
        String appointmentId = reserved.text("appointmentId");
        line.service.post("/api/booking/appointments/%s/confirmation".formatted(appointmentId),
                Map.of("code", BookingClient.awaitCode(appointmentId))).expect(200);

        JsonNode contact = BookingClient.awaitContact(appointmentId, json -> true);
        String reference = contact.path("reference").asText();
        assertThat(reference).matches("[0-9]{6}");
        assertThat(line.service.get("/api/booking/manage/" + contact.path("manageToken").asText()).expect(200)
                .body().path("reference").asText()).isEqualTo(reference);

        ScriptedCaller caller = line.caller(mobile);
        caller.dial();
        caller.press("0");
        assertThat(caller.press(reference).said()).contains("Votre rendez-vous est le "
                + SpokenSlot.of(line.day.atTime(LocalTime.of(9, 0)), "Mairie"));
        assertThat(caller.press("1").said()).contains("Votre rendez-vous est annulé.");
    }

    @Test
    void anAppointmentBookedByAnAgentHasAReferenceOfItsOwnToo() {
        VoiceLineSetup line = new VoiceLineSetup(port, 2);
        BookingClient agent = new BookingClient(line.service, line.feed);
        String first = agent.bookByPhone(PlanningFeed.nineOn(line.day));
        String second = agent.bookByPhone(PlanningFeed.nineOn(line.day));

        String firstReference = BookingClient.awaitContact(first, json -> true).path("reference").asText();
        String secondReference = BookingClient.awaitContact(second, json -> true).path("reference").asText();

        assertThat(firstReference).matches("[0-9]{6}");
        assertThat(secondReference).matches("[0-9]{6}").isNotEqualTo(firstReference);
    }
}
