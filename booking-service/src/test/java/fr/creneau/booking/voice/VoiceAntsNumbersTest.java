package fr.creneau.booking.voice;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.KafkaProbe;
import fr.creneau.testsupport.ScriptedCaller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A type that asks for ANTS numbers, booked by phone: numbers typed on the keypad, refused (badly formed, already in
 * an appointment, or by the ANTS), or left for later.
 */
class VoiceAntsNumbersTest extends BookingIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String[] KEYS = {"21", "22", "23", "31", "32", "33", "41", "42", "43", "51", "52", "53",
            "61", "62", "63", "71", "72", "73", "74", "81", "82", "83", "91", "92", "93", "94"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCallerTypesTheNumbersOfTwoPersonsWithLettersHearsThemReadBackAndBooks() {
        VoiceLineSetup line = new VoiceLineSetup(port, 2, true);
        ScriptedCaller caller = line.caller(VoiceLineSetup.mobile());
        caller.dial();
        caller.press("1");
        assertThat(caller.press("2").said()).contains("Ce motif demande le numéro de pré-demande de chaque personne",
                "Pour les taper maintenant, tapez 1.", "tapez 2");
        assertThat(caller.press("1").said()).contains("Numéro de pré-demande de la personne 1 sur 2.",
                "Pour une lettre, tapez étoile", "étoile 2 1 pour A");
        String first = number("SZ");
        String second = number("AW");

        ScriptedCaller.Answer readBack = caller.press(keys(first));
        assertThat(readBack.said()).contains("Vous avez tapé : lettre S, lettre Z, " + String.join(", ",
                first.substring(2).split("")) + ". Pour confirmer ce numéro, tapez 1.");
        assertThat(caller.press("1").said()).contains("Numéro enregistré.", "de la personne 2 sur 2.");
        caller.press(keys(second));
        assertThat(caller.press("1").said()).contains("tapez 1.", "Pour le ");
        caller.press("1");
        JsonNode confirmed;
        try (KafkaProbe events = new KafkaProbe("booking.events")) {
            assertThat(caller.press("1").said()).contains("Votre rendez-vous est enregistré");
            confirmed = KafkaProbe.parse(events.await(json -> "AppointmentConfirmed.v1".equals(json.path("type").asText())
                    && line.feed.communeId.equals(json.path("communeId").asText()), WAIT).value());
        }
        assertThat(confirmed.path("antsNumbersToAdd").asInt()).isZero();
        assertThat(jdbc.sql("SELECT ants_number FROM ants_claim WHERE appointment_id = :id ORDER BY ants_number")
                .param("id", confirmed.path("appointmentId").asText()).query(String.class).list())
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aBadlyFormedNumberIsSaidPlainlyAndAskedAgainThenTheCallerIsPutThrough() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1, true);
        ScriptedCaller caller = line.caller(VoiceLineSetup.mobile());
        caller.dial();
        caller.press("1");
        caller.press("1");
        caller.press("1");

        ScriptedCaller.Answer tooShort = caller.press("12345");
        assertThat(tooShort.said()).startsWith("Je n'ai pas reconnu un numéro de pré-demande : il compte 10 "
                + "caractères, lettres ou chiffres.").contains("Votre numéro de pré-demande.");
        assertThat(tooShort.dialed()).isNull();
        ScriptedCaller.Answer noSuchLetter = caller.press("*15" + "123456789");
        assertThat(noSuchLetter.said()).startsWith("Je n'ai pas reconnu un numéro de pré-demande");
        assertThat(noSuchLetter.dialed()).isNull();

        ScriptedCaller.Answer third = caller.press("1234");
        assertThat(third.gatherAction()).isNull();
        assertThat(third.said()).contains("La mairie vous répond du lundi au vendredi de 8 heures 30 à 12 heures.");
        assertThat(third.dialed()).isEqualTo(VoiceLineSetup.TRANSFER);
    }

    @Test
    void aNumberAlreadyInAnotherActiveAppointmentIsRefusedPlainlyAndAskedAgain() {
        VoiceLineSetup line = new VoiceLineSetup(port, 2, true);
        String taken = number("TK");
        line.service.post("/api/booking/communes/%s/reservations".formatted(line.feed.communeId), Map.of(
                "appointmentTypeId", line.feed.typeId, "counterId", line.feed.counterId,
                "start", PlanningFeed.nineOn(line.day).toString(), "antsNumbers", List.of(taken),
                "citizen", Map.of("fullName", "Jeanne Web", "mobile", VoiceLineSetup.mobile()))).expect(201);
        ScriptedCaller caller = line.caller(VoiceLineSetup.mobile());
        caller.dial();
        caller.press("1");
        caller.press("1");
        caller.press("1");
        caller.press(keys(taken));

        ScriptedCaller.Answer refused = caller.press("1");

        assertThat(refused.said()).startsWith("Ce numéro de pré-demande figure déjà dans un autre rendez-vous en cours.")
                .contains("Votre numéro de pré-demande.", "puis la touche dièse");
        assertThat(refused.dialed()).isNull();
    }

    @Test
    void aNumberTheAntsSaysWasConsumedIsRefusedAsOnTheWebAndSaidCharacterByCharacter() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1, true);
        line.service.as(AgentHeaders.of(line.feed.communeId, Role.COMMUNE_ADMIN))
                .put("/api/booking/agent/communes/%s/ants/settings".formatted(line.feed.communeId), Map.of(
                        "enabled", true, "reasons", Map.of("CNI", Map.of("appointmentTypeId", line.feed.typeId)),
                        "whenDeclaredElsewhere", "ACCEPT", "whenUnanswered", "ACCEPT")).expect(200);
        String consumed = number("CS");
        ants.status(consumed, "consumed");
        ScriptedCaller caller = line.caller(VoiceLineSetup.mobile());
        caller.dial();
        caller.press("1");
        caller.press("1");
        caller.press("1");
        caller.press(keys(consumed));

        ScriptedCaller.Answer refused = caller.press("1");

        assertThat(refused.said()).startsWith("Le numéro de pré-demande lettre C, lettre S, " + String.join(", ",
                consumed.substring(2).split("")) + " a déjà servi").contains("Votre numéro de pré-demande.");
        assertThat(refused.dialed()).isNull();
    }

    @Test
    void aCallerWithoutTheNumberBooksAndIsAskedForItThroughTheManageLink() {
        VoiceLineSetup line = new VoiceLineSetup(port, 1, true);
        ScriptedCaller caller = line.caller(VoiceLineSetup.mobile());
        caller.dial();
        caller.press("1");
        assertThat(caller.press("1").said()).contains("Si vous ne l'avez pas sous la main, tapez 2");
        assertThat(caller.press("2").said()).contains("Entendu", "Pour le ");
        caller.press("1");
        JsonNode confirmed;
        try (KafkaProbe events = new KafkaProbe("booking.events")) {
            assertThat(caller.press("1").said()).contains("Votre rendez-vous est enregistré");
            confirmed = KafkaProbe.parse(events.await(json -> "AppointmentConfirmed.v1".equals(json.path("type").asText())
                    && line.feed.communeId.equals(json.path("communeId").asText()), WAIT).value());
        }
        assertThat(confirmed.path("antsNumbersToAdd").asInt()).as("the confirmation asks for the number").isEqualTo(1);

        String appointmentId = confirmed.path("appointmentId").asText();
        String token = BookingClient.awaitManageToken(appointmentId);
        String number = number("LT");
        line.service.patch("/api/booking/manage/" + token, Map.of("antsNumbers", List.of(number))).expect(200);
        assertThat(jdbc.sql("SELECT ants_number FROM ants_claim WHERE appointment_id = :id").param("id", appointmentId)
                .query(String.class).list()).containsExactly(number);
    }

    /** Ten characters: the two letters given, then eight random digits, so that each test's numbers are its own. */
    private static String number(String letters) {
        return letters + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The keys for {@code number}, written independently of the service's reading: star, key, place. */
    private static String keys(String number) {
        StringBuilder keys = new StringBuilder();
        for (char c : number.toCharArray()) {
            keys.append(Character.isDigit(c) ? String.valueOf(c) : "*" + KEYS[LETTERS.indexOf(c)]);
        }
        return keys.toString();
    }
}
