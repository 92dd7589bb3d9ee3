package fr.creneau.booking.voice;

import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.testsupport.ScriptedCaller;
import fr.creneau.booking.voice.domain.SpokenSlot;
import fr.creneau.testsupport.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What goes wrong on a call: keys not understood, silence, a slot taken meanwhile, a number typed, a wrong code. */
class VoiceMistakesTest extends BookingIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aWrongKeyThenSilenceAreAskedAgainThenTheCallerHearsTheHoursAndIsPutThrough() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1);
        ScriptedCaller caller = line.caller(VoiceLineSetup.mobile());
        caller.dial();

        ScriptedCaller.Answer wrong = caller.press("7");
        assertThat(wrong.said()).startsWith("Je n'ai pas compris.").contains("Pour Carte d'identité, tapez 1.");
        assertThat(wrong.dialed()).isNull();
        ScriptedCaller.Answer silent = caller.silence();
        assertThat(silent.said()).startsWith("Je n'ai rien entendu.").contains("Pour Carte d'identité, tapez 1.");
        assertThat(silent.dialed()).isNull();

        ScriptedCaller.Answer third = caller.press("#");
        assertThat(third.gatherAction()).isNull();
        assertThat(third.said()).contains("Je n'ai pas compris votre choix.",
                "La mairie vous répond du lundi au vendredi de 8 heures 30 à 12 heures.");
        assertThat(third.dialed()).isEqualTo(VoiceLineSetup.TRANSFER);
    }

    @Test
    void aSlotTakenWhileTheCallerListenedIsSaidPlainlyAndTheNextOnesAreOffered() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1);
        ScriptedCaller caller = line.caller(VoiceLineSetup.mobile());
        caller.dial();
        caller.press("1");
        String nine = SpokenSlot.of(line.day.atTime(LocalTime.of(9, 0)), "Mairie");
        assertThat(caller.press("1").said()).contains("Pour le " + nine + ", tapez 1.");
        caller.press("1");

        line.service.post("/api/booking/communes/%s/reservations".formatted(line.feed.communeId), Map.of(
                "appointmentTypeId", line.feed.typeId, "counterId", line.feed.counterId,
                "start", PlanningFeed.nineOn(line.day).toString(), "citizen",
                Map.of("fullName", "Jeanne Web", "mobile", VoiceLineSetup.mobile()))).expect(201);

        ScriptedCaller.Answer taken = caller.press("1");
        assertThat(taken.said()).startsWith("Ce créneau vient d'être pris par une autre personne.")
                .contains("Pour le " + SpokenSlot.of(line.day.atTime(LocalTime.of(9, 20)), "Mairie") + ", tapez 1.")
                .doesNotContain(nine);
        assertThat(caller.press("1").said()).contains("au numéro qui appelle");
        assertThat(caller.press("1").said()).contains("Votre rendez-vous est enregistré pour le "
                + SpokenSlot.of(line.day.atTime(LocalTime.of(9, 20)), "Mairie"));
    }

    @Test
    void aCallerFromALandlineTypesTheirMobileAndTheCodeSentToIt() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1);
        ScriptedCaller caller = line.caller("+33450112233");
        caller.dial();
        caller.press("1");
        caller.press("1");
        ScriptedCaller.Answer number = caller.press("1");
        assertThat(number.said()).contains("Tapez votre numéro de mobile");
        assertThat(caller.press("12345").said()).startsWith("Je n'ai pas compris.");

        String mobile = VoiceLineSetup.mobile();
        String code;
        try (KafkaProbe otp = new KafkaProbe("notification.otp")) {
            assertThat(caller.press("0" + mobile.substring(3)).said()).contains("Un code vient de vous être envoyé par SMS");
            code = KafkaProbe.parse(otp.await(json -> mobile.equals(json.path("mobile").asText()),
                    Duration.ofSeconds(30)).value()).get("code").asText();
        }
        String wrongCode = code.equals("000000") ? "111111" : "000000";
        assertThat(caller.press(wrongCode).said()).contains("Code incorrect. Il vous reste 4 essais.");
        ScriptedCaller.Answer confirmed = caller.press(code);
        assertThat(confirmed.said()).contains("Votre rendez-vous est enregistré pour le "
                + SpokenSlot.of(line.day.atTime(LocalTime.of(9, 0)), "Mairie"));
        assertThat(confirmed.hungUp()).isTrue();
    }

    @Test
    void aNumberThatIsNoOpenLineIsAnsweredThatItIsNotInService() {
        ScriptedCaller caller = new ScriptedCaller(VoiceLineSetup.PUBLIC_URL, "http://localhost:" + port,
                VoiceLineSetup.TOKEN, VoiceLineSetup.mobile(), "+33100000000");

        ScriptedCaller.Answer answer = caller.dial();

        assertThat(answer.said()).contains("Ce numéro n'est pas en service.");
        assertThat(answer.hungUp()).isTrue();
    }
}
