package fr.creneau.notification.settings;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.AppointmentNoShow;
import fr.creneau.notification.planning.view.AppointmentTypes;
import fr.creneau.notification.support.Citizen;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.notification.support.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChannelSettingsTest extends NotificationIntegrationTest {

    @Autowired
    AppointmentTypes types;

    private static final Instant START = Instant.parse("2026-12-01T08:20:00Z");

    @Test
    void aCommuneCanSendANoticeByEmailOnly() {
        String commune = "chan-" + Events.newId().substring(0, 8);
        http.put("/api/notifications/communes/{c}/channels", Map.of("CONFIRMATION", List.of("EMAIL")), commune);
        Citizen citizen = Citizen.withContact();

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, citizen.appointmentId(),
                Events.appointment(START)));

        citizen.awaitEmail(smtp, 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> citizen.sms(twilio, ACCOUNT_SID).isEmpty());
    }

    @Test
    void anAppointmentTypeOverridesTheCommunesChannels() throws Exception {
        String commune = "chan-" + Events.newId().substring(0, 8);
        http.put("/api/notifications/communes/{c}/channels", Map.of("NO_SHOW", List.of("EMAIL")), commune);
        types.record(commune, "cni");
        http.put("/api/notifications/communes/{c}/appointment-types/cni/channels", Map.of("NO_SHOW", List.of("SMS")), commune);
        Citizen citizen = Citizen.withContact();

        Events.publish(new AppointmentNoShow(Events.newId(), Instant.now(), commune, citizen.appointmentId(),
                Events.appointment(START), "agent-1"));

        citizen.awaitSms(twilio, ACCOUNT_SID, 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> Mailbox.of(smtp, citizen.email()).isEmpty());
        JsonNode effective = http.get(
                "/api/notifications/communes/{c}/appointment-types/cni/channels", commune).body();
        assertThat(effective.get("NO_SHOW").toString()).isEqualTo("[\"SMS\"]");
        assertThat(effective.get("CONFIRMATION").toString()).isEqualTo("[\"SMS\",\"EMAIL\"]");
    }

    @Test
    void anotherTypeOfTheSameCommuneKeepsTheCommunesChoice() {
        String commune = "chan-" + Events.newId().substring(0, 8);
        http.put("/api/notifications/communes/{c}/channels", Map.of("NO_SHOW", List.of("EMAIL")), commune);
        types.record(commune, "cni");
        http.put("/api/notifications/communes/{c}/appointment-types/cni/channels", Map.of("NO_SHOW", List.of("SMS")), commune);
        Citizen citizen = Citizen.withContact();
        Appointment passport = Events.appointment(START);
        Appointment other = new Appointment("mariage", "Mariage", null, null, null, passport.placeId(),
                passport.placeName(), passport.placeAddress(), passport.counterId(), passport.counterName(), null,
                passport.start(), passport.end(), passport.timeZone(), 2, passport.channel(), null, passport.bookedAt());

        Events.publish(new AppointmentNoShow(Events.newId(), Instant.now(), commune, citizen.appointmentId(), other, "a"));

        citizen.awaitEmail(smtp, 1);
        assertThat(citizen.sms(twilio, ACCOUNT_SID)).isEmpty();
    }

    @Test
    void theConfirmationCodeCannotLoseEveryChannelAndNothingElseOfTheRequestIsSaved() throws Exception {
        String commune = "chan-" + Events.newId().substring(0, 8);

        var response = http.put("/api/notifications/communes/{c}/channels",
                Map.of("ONE_TIME_CODE", List.of(), "NO_SHOW", List.of("EMAIL")), commune);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asText())
                .contains("code de confirmation", "au moins un canal");
        JsonNode effective = http.get(
                "/api/notifications/communes/{c}/channels", commune).body();
        assertThat(effective.get("ONE_TIME_CODE").toString()).isEqualTo("[\"SMS\",\"EMAIL\"]");
        assertThat(effective.get("NO_SHOW").toString()).isEqualTo("[\"SMS\",\"EMAIL\"]");
    }
}
