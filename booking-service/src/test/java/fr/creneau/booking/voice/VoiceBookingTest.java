package fr.creneau.booking.voice;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.duplicates.domain.PersonIdentifiers;
import fr.creneau.booking.ratelimit.command.RateLimits;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.testsupport.ScriptedCaller;
import fr.creneau.booking.voice.domain.SpokenSlot;
import fr.creneau.testsupport.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** A caller books on the keypad, hears the appointment by its reference and cancels it. */
class VoiceBookingTest extends BookingIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    RateLimits rateLimits;

    @Test
    void aCallerFromTheirMobileBooksHearsTheAppointmentAndCancelsIt() {
        VoiceLineSetup line = new VoiceLineSetup(port, 2);
        String mobile = VoiceLineSetup.mobile();
        ScriptedCaller caller = line.caller(mobile);

        ScriptedCaller.Answer greeting = caller.dial();
        assertThat(greeting.status()).isEqualTo(200);
        assertThat(greeting.contentType()).startsWith("application/xml");
        assertThat(greeting.said()).contains("mairie de Villeneuve", "Pour Carte d'identité, tapez 1.",
                "Pour écouter ou annuler un rendez-vous déjà pris, tapez 0.");
        assertThat(greeting.gatherAction()).startsWith(VoiceLineSetup.PUBLIC_URL + "/api/booking/voice/motif");

        assertThat(caller.press("1").said()).contains("Combien de personnes", "de 1 à 4");
        String nine = SpokenSlot.of(line.day.atTime(LocalTime.of(9, 0)), "Mairie");
        String nineTwenty = SpokenSlot.of(line.day.atTime(LocalTime.of(9, 20)), "Mairie");
        ScriptedCaller.Answer slots = caller.press("1");
        assertThat(slots.said()).contains("Pour le " + nine + ", tapez 1.", "Pour le " + nineTwenty + ", tapez 2.",
                "tapez 9");
        String tenTwenty = SpokenSlot.of(line.day.atTime(LocalTime.of(10, 20)), "Mairie");
        assertThat(caller.press("9").said()).contains("Pour le " + SpokenSlot.of(line.day.atTime(LocalTime.of(10, 0)),
                "Mairie") + ", tapez 1.", "Pour le " + tenTwenty + ", tapez 2.");

        String ending = mobile.substring(mobile.length() - 4, mobile.length() - 2) + ", " + mobile.substring(mobile.length() - 2);
        assertThat(caller.press("2").said()).contains("au numéro qui appelle, terminant par " + ending);
        ScriptedCaller.Answer booked;
        try (KafkaProbe events = new KafkaProbe("booking.events")) {
            booked = caller.press("1");
            JsonNode confirmed = KafkaProbe.parse(events.await(json ->
                    "AppointmentConfirmed.v1".equals(json.path("type").asText())
                            && line.feed.communeId.equals(json.path("communeId").asText()), WAIT).value());
            assertThat(confirmed.path("appointment").path("channel").asText()).isEqualTo("VOICE");
            assertThat(confirmed.path("appointment").path("start").asText())
                    .isEqualTo(line.day.atTime(10, 20).atZone(fr.creneau.booking.support.PlanningFeed.ZONE).toInstant().toString());
        }
        assertThat(booked.said()).contains("Votre rendez-vous est enregistré pour le " + tenTwenty);
        assertThat(booked.hungUp()).isTrue();
        String reference = booked.said().replaceAll(".*Votre référence est ([0-9 ]{11})\\..*", "$1").replace(" ", "");
        assertThat(reference).matches("[0-9]{6}");

        ScriptedCaller again = line.caller(mobile);
        again.dial();
        assertThat(again.press("0").said()).contains("Tapez les 6 chiffres de la référence");
        ScriptedCaller.Answer heard = again.press(reference);
        assertThat(heard.said()).contains("Votre rendez-vous est le " + tenTwenty, "Pour annuler ce rendez-vous, tapez 1.");
        try (KafkaProbe events = new KafkaProbe("booking.events")) {
            assertThat(again.press("1").said()).contains("Votre rendez-vous est annulé.");
            events.await(json -> "AppointmentCancelled.v1".equals(json.path("type").asText())
                    && line.feed.communeId.equals(json.path("communeId").asText()), WAIT);
        }
    }

    @Test
    void aPersonWhoSpentTheirReservationsOnTheWebIsRefusedOnThePhone() {
        VoiceLineSetup line = new VoiceLineSetup(port, 2);
        String mobile = VoiceLineSetup.mobile();
        // five reservations of the web's form, the number written the French way (booking.rate-limits: 5 per 10 min)
        String frenchWay = "0" + mobile.substring(3);
        for (int reservation = 0; reservation < 5; reservation++) {
            rateLimits.checkAll(RateLimits.RESERVATION_PER_PERSON,
                    PersonIdentifiers.withAntsNumbers(null, frenchWay, null));
        }
        ScriptedCaller caller = line.caller(mobile);
        caller.dial();
        caller.press("1");
        caller.press("1");
        caller.press("1");

        ScriptedCaller.Answer refused = caller.press("1");

        assertThat(refused.said()).contains("Trop de réservations pour ce numéro en peu de temps");
        assertThat(refused.hungUp()).isTrue();
    }

    @Test
    void aReferenceFromAnotherNumberFindsNothing() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1);
        String mobile = VoiceLineSetup.mobile();
        ScriptedCaller caller = line.caller(mobile);
        caller.dial();
        caller.press("1");
        caller.press("1");
        caller.press("1");
        String said = caller.press("1").said();
        String reference = said.replaceAll(".*Votre référence est ([0-9 ]{11})\\..*", "$1").replace(" ", "");

        ScriptedCaller stranger = line.caller(VoiceLineSetup.mobile());
        stranger.dial();
        stranger.press("0");
        assertThat(stranger.press(reference).said()).doesNotContain("Votre rendez-vous est le")
                .contains("Aucun rendez-vous en cours ne correspond à cette référence pour le numéro qui appelle.",
                        "Tapez les 6 chiffres de la référence");
    }
}
