package fr.creneau.notification.language;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.notification.planning.view.AppointmentTypes;
import fr.creneau.notification.support.Citizen;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TextsPerLanguageTest extends NotificationIntegrationTest {

    private static final Instant WINTER = Instant.parse("2026-12-01T08:20:00Z");

    @Autowired
    AppointmentTypes types;

    private final String commune = "lang-" + Events.newId().substring(0, 8);

    private String communeText(String language) {
        return "/api/notifications/communes/%s/templates/CONFIRMATION/SMS?language=%s".formatted(commune, language);
    }

    @Test
    void eachCitizenGetsTheCommunesTextInTheirLanguage() {
        http.put(communeText("en"), Map.of("body", "Villeneuve: see you on {date} at {heure}")).expect(200);
        http.put(communeText("fr"), Map.of("body", "Villeneuve : à bientôt le {date} à {heure}")).expect(200);
        Citizen english = Citizen.withLocale("en");
        Citizen french = Citizen.withLocale("fr");
        Citizen german = Citizen.withLocale("de");

        for (Citizen citizen : new Citizen[] {english, french, german}) {
            Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, citizen.appointmentId(),
                    Events.appointment(WINTER)));
        }

        assertThat(english.awaitSms(twilio, ACCOUNT_SID, 1).get("Body"))
                .isEqualTo("Villeneuve: see you on Tuesday 1 December 2026 at 09:20");
        assertThat(french.awaitSms(twilio, ACCOUNT_SID, 1).get("Body"))
                .isEqualTo("Villeneuve : à bientot le mardi 1 décembre 2026 à 09h20");
        assertThat(german.awaitSms(twilio, ACCOUNT_SID, 1).get("Body"))
                .isEqualTo("Villeneuve : à bientot le mardi 1 décembre 2026 à 09h20");
    }

    @Test
    void aCommunesFrenchTextDoesNotReplaceTheEnglishDefault() {
        http.put("/api/notifications/communes/%s/templates/CONFIRMATION/SMS".formatted(commune),
                Map.of("body", "Villeneuve : RDV le {date}")).expect(200);
        Citizen english = Citizen.withLocale("en");

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, english.appointmentId(),
                Events.appointment(WINTER)));

        assertThat(english.awaitSms(twilio, ACCOUNT_SID, 1).get("Body"))
                .startsWith("Appointment confirmed on Tuesday 1 December 2026 at 09:20");
        JsonNode view = http.get(communeText("en")).body();
        assertThat(view.get("custom").asBoolean()).isFalse();
        assertThat(view.get("customLanguages").toString()).isEqualTo("[\"fr\"]");
        assertThat(view.get("language").asText()).isEqualTo("en");
    }

    @Test
    void aTypesEnglishTextWinsOverTheCommunesEnglishText() {
        types.record(commune, "cni");
        http.put(communeText("en"), Map.of("body", "Commune: {date}")).expect(200);
        http.put("/api/notifications/communes/%s/appointment-types/cni/templates/CONFIRMATION/SMS?language=en"
                .formatted(commune), Map.of("body", "ID card: bring your old card, {date} at {heure}")).expect(200);
        Citizen english = Citizen.withLocale("en");

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, english.appointmentId(),
                Events.appointment(WINTER)));

        assertThat(english.awaitSms(twilio, ACCOUNT_SID, 1).get("Body"))
                .isEqualTo("ID card: bring your old card, Tuesday 1 December 2026 at 09:20");
        JsonNode french = http.get("/api/notifications/communes/%s/appointment-types/cni/templates/CONFIRMATION/SMS"
                .formatted(commune)).body();
        assertThat(french.get("source").asText()).isEqualTo("DEFAULT");
    }

    @Test
    void thePreviewIsWrittenAndCountedInTheLanguageAsked() throws Exception {
        JsonNode preview = http.post("/api/notifications/communes/%s/templates/REMINDER/SMS/preview?language=en"
                .formatted(commune), Map.of("body", "Reminder: {date} at {heure}, {lien_gestion}")).body();
        JsonNode stored = http.get("/api/notifications/communes/%s/templates/REMINDER/SMS/preview?language=en"
                .formatted(commune)).body();

        assertThat(preview.get("body").asText())
                .isEqualTo("Reminder: Tuesday 1 December 2026 at 09:20, https://rdv.example.fr/gerer/exemple?lang=en");
        assertThat(preview.get("sms").get("encoding").asText()).isEqualTo("GSM_7");
        assertThat(preview.get("sms").get("segments").asInt()).isEqualTo(1);
        assertThat(stored.get("body").asText()).startsWith("Reminder: appointment Carte d'identité on Tuesday 1 December");
        assertThat(stored.get("sms").get("encoding").asText()).isEqualTo("GSM_7");
    }

    @Test
    void aLanguageWeDoNotWriteInIsRefusedWithAFrenchProblem() throws Exception {
        ServiceResponse response = http.put(communeText("de"), Map.of("body", "Termin am {date}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("detail").asText())
                .isEqualTo("La langue « de » n'est pas prise en charge : choisissez fr (français) ou en (anglais).");
        assertThat(http.get(communeText("fr")).body().get("customLanguages").size()).isZero();
        assertThat(http.get(communeText("xx")).status()).isEqualTo(400);
    }
}
