package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.testsupport.ScriptedCaller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller books by phone on the packaged platform: the scripted caller plays Twilio Voice, posting signed webhooks
 * through the gateway, and the confirmation SMS, with its manage link and the reference said on the phone, reaches the
 * fake Twilio's Messages API; once the caller hangs up, the call's minutes reach the operator's usage report. A
 * caller who books an ID card without the ANTS number gets a second SMS asking for it.
 */
@ExtendWith(WholeStack.Injected.class)
class VoiceCallThroughTheGatewayTest {

    private static final String LINE = "+33450998877";
    /** A mobile of this test's own: the furnished communes' citizens have theirs, and get SMS of their own. */
    private static final String MOBILE = "+33622553344";
    private static final String TRANSFER = "+33450998800";
    private static final String ANTS_LINE = "+33450998866";
    private static final String ANTS_MOBILE = "+33622553355";

    private static WholeStack whole;

    @BeforeAll
    static void useTheStack(WholeStack stack) {
        whole = stack;
    }

    @Test
    void aCallerBooksOnTheKeypadAndGetsTheConfirmationSmsWithItsManageLink() {
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(8)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        CommuneSetup commune = CommuneSetup.create(whole, "voix-sur-mer", "Voix-sur-Mer");
        openLine(commune, Map.of("label", "Acte d'état civil", "durationMinutes", 20), monday, LINE);

        ScriptedCaller caller = new ScriptedCaller(whole.url(), whole.url(), FakeTwilio.AUTH_TOKEN, MOBILE, LINE);
        ScriptedCaller.Answer greeting = caller.dial();
        assertThat(greeting.status()).as(greeting.body()).isEqualTo(200);
        assertThat(greeting.said()).contains("mairie de Voix-sur-Mer", "Pour Acte d'état civil, tapez 1.");
        ScriptedCaller.Answer slots = caller.press("1");
        assertThat(slots.said()).contains("lundi " + monday.getDayOfMonth() + " ", "à 9 heures, Mairie annexe, tapez 1.");
        assertThat(caller.press("1").said()).contains("terminant par 33, 44");
        ScriptedCaller.Answer booked = caller.press("1");
        assertThat(booked.said()).contains("Votre rendez-vous est enregistré pour le lundi " + monday.getDayOfMonth());
        String reference = booked.said().replaceAll(".*Votre référence est ([0-9 ]{11})\\..*", "$1").replace(" ", "");
        assertThat(reference).matches("[0-9]{6}");

        Map<String, String> sms = Eventually.poll("the confirmation SMS of the phone booking reaches Twilio",
                Duration.ofSeconds(60), () -> whole.twilio.messages().stream()
                        .filter(message -> MOBILE.equals(message.get("To"))).toList(),
                messages -> !messages.isEmpty()).get(0);
        assertThat(sms.get("Body")).contains(whole.url() + "/gerer/", "Réf. " + reference + ".");

        assertThat(caller.hangUp(95).status()).isEqualTo(204);
        JsonNode usage = Eventually.poll("the call's minutes in the operator's usage report", Duration.ofSeconds(60),
                () -> whole.gateway().platformAdministrator().get("/api/notifications/operator/communes/"
                        + commune.communeId + "/sms-usage").json(),
                report -> report.path("voiceMinutes").asInt() == 2);
        assertThat(usage.path("voiceCost").decimalValue()).isEqualByComparingTo("0.02");

        ScriptedCaller unsigned = new ScriptedCaller(whole.url(), whole.url(), FakeTwilio.AUTH_TOKEN, MOBILE, LINE);
        ScriptedCaller.Answer refused = unsigned.post(whole.url() + "/api/booking/voice/appel", Map.of(), null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aCallerWithoutTheAntsNumberBooksAndASecondSmsAsksForItWithTheManageLink() {
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(8)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        CommuneSetup commune = CommuneSetup.create(whole, "titres-sur-mer", "Titres-sur-Mer");
        openLine(commune, Map.of("label", "Carte d'identité", "durationMinutes", 20, "bookingHorizon", "3m",
                "minimumNotice", "60m", "antsNumberRequired", true), monday, ANTS_LINE);

        ScriptedCaller caller = new ScriptedCaller(whole.url(), whole.url(), FakeTwilio.AUTH_TOKEN, ANTS_MOBILE, ANTS_LINE);
        assertThat(caller.dial().said()).contains("Pour Carte d'identité, tapez 1.");
        assertThat(caller.press("1").said()).contains("Ce motif demande votre numéro de pré-demande");
        assertThat(caller.press("2").said()).contains("à 9 heures, Mairie annexe, tapez 1.");
        caller.press("1");
        assertThat(caller.press("1").said()).contains("Votre rendez-vous est enregistré pour le lundi "
                + monday.getDayOfMonth());

        List<String> bodies = Eventually.poll("the confirmation and the request for the ANTS number reach Twilio",
                Duration.ofSeconds(60), () -> whole.twilio.messages().stream()
                        .filter(message -> ANTS_MOBILE.equals(message.get("To"))).map(m -> m.get("Body")).toList(),
                messages -> messages.size() == 2);
        assertThat(bodies).anySatisfy(body -> assertThat(body).startsWith("RDV confirmé"))
                .anySatisfy(body -> assertThat(body).contains("pris sans numéro de pré-demande ANTS",
                        whole.url() + "/gerer/"));
    }

    /** One type at one counter, open on the weekdays from {@code monday}, and the commune's line on and sold. */
    private static void openLine(CommuneSetup commune, Map<String, Object> type, LocalDate monday, String number) {
        String placeId = commune.place("Mairie annexe", "2 rue du Port");
        String typeId = commune.appointmentType(type);
        String counterId = commune.counter(placeId, "Guichet 1", typeId);
        commune.open(counterId, commune.weekdaysReferenceWeek(), monday, monday.plusDays(4), 1);
        commune.awaitBookable(List.of(typeId), List.of(typeId), monday);
        Gateway.Reply line = commune.voiceLine(Map.of("phoneNumber", number, "transferNumber", TRANSFER,
                "openingHours", "du lundi au vendredi de 9 heures à midi", "enabled", true));
        assertThat(line.status()).as(line.toString()).isEqualTo(200);
        // the operator sells the voice option in the commune's subscription (planning-service), which booking learns
        Gateway.Reply offered = whole.gateway().platformAdministrator()
                .put("/api/planning/operator/communes/" + commune.communeId + "/subscription",
                        Map.of("populationBand", "UP_TO_10000", "plannings", 10, "sms", true, "voice", true));
        assertThat(offered.status()).as(offered.toString()).isEqualTo(200);
        Eventually.poll("the voice option known to booking-service", Duration.ofSeconds(30),
                () -> commune.admin().get("/api/booking/agent/communes/" + commune.communeId + "/voice-line"),
                reply -> reply.status() == 200 && reply.json().path("offered").asBoolean());
    }
}
