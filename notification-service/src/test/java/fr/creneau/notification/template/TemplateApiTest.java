package fr.creneau.notification.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.notification.support.Citizen;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateApiTest extends NotificationIntegrationTest {

    private static final ObjectMapper json = new ObjectMapper();

    @Test
    void aCommunesOwnSmsTextIsUsedForItsNotices() {
        String commune = "tpl-" + Events.newId().substring(0, 8);
        ServiceResponse saved = put("/api/notifications/communes/" + commune + "/templates/CONFIRMATION/SMS",
                Map.of("body", "{beneficiaire}, RDV {type} le {date} à {heure}. Annuler : {lien_annulation}"));
        assertThat(saved.status()).isEqualTo(200);
        Citizen citizen = Citizen.withContact();

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, citizen.appointmentId(),
                Events.appointment(Instant.parse("2026-12-01T08:20:00Z"))));

        assertThat(citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body")).isEqualTo("Jeanne Martin, RDV Carte d'identité "
                + "le mardi 1 décembre 2026 à 09h20. Annuler : https://rdv.example.fr/gerer/" + citizen.token()
                + "/annulation");
    }

    @Test
    void aTextSavedJustAfterANoticeOfTheDefaultTextIsUsedByTheNextNotice() {
        String commune = "tpl-" + Events.newId().substring(0, 8);
        Citizen before = Citizen.withContact();
        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, before.appointmentId(),
                Events.appointment(Instant.parse("2026-12-01T08:20:00Z"))));
        assertThat(before.awaitSms(twilio, ACCOUNT_SID, 1).get("Body")).doesNotStartWith("Texte de la commune");

        put("/api/notifications/communes/" + commune + "/templates/CONFIRMATION/SMS",
                Map.of("body", "Texte de la commune : RDV le {date}"));
        Citizen after = Citizen.withContact();
        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, after.appointmentId(),
                Events.appointment(Instant.parse("2026-12-01T08:20:00Z"))));

        assertThat(after.awaitSms(twilio, ACCOUNT_SID, 1).get("Body"))
                .isEqualTo("Texte de la commune : RDV le mardi 1 décembre 2026");
    }

    @Test
    void aTemplateWithAnUnknownFieldIsRefusedWithAFrenchProblem() throws Exception {
        ServiceResponse response = put("/api/notifications/communes/villeneuve/templates/REMINDER/EMAIL",
                Map.of("subject", "Rappel {date}", "body", "Bonjour {prenom} {nom}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = response.body();
        assertThat(problem.get("title").asText()).isEqualTo("Requête invalide");
        assertThat(problem.get("detail").asText()).startsWith("Les champs de fusion {prenom}, {nom} sont inconnus.");
        assertThat(problem.get("unknownFields").toString()).isEqualTo("[\"prenom\",\"nom\"]");
        JsonNode stored = http.get(
                "/api/notifications/communes/villeneuve/templates/REMINDER/EMAIL").body();
        assertThat(stored.get("custom").asBoolean()).isFalse();
    }

    @Test
    void anUnknownNoticeKindInThePathIsA400() {
        ServiceResponse response = http.get(
                "/api/notifications/communes/villeneuve/templates/ANNIVERSAIRE/SMS");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyAsString()).contains("ANNIVERSAIRE");
    }

    @Test
    void thePreviewRendersSampleDataAndCountsGsm7Segments() throws Exception {
        ServiceResponse response = http.post(
                "/api/notifications/communes/villeneuve/templates/REMINDER/SMS/preview",
                Map.of("body", "Rappel : RDV le {date} à {heure} [{lieu}] " + "x".repeat(120)));

        JsonNode preview = response.body();
        assertThat(preview.get("body").asText()).startsWith("Rappel : RDV le mardi 1 décembre 2026 à 09h20 [Mairie] ");
        assertThat(preview.get("sms").get("encoding").asText()).isEqualTo("GSM_7");
        assertThat(preview.get("sms").get("characters").asInt()).isEqualTo(177);
        assertThat(preview.get("sms").get("segments").asInt()).isEqualTo(2);
        assertThat(preview.get("sms").get("cost").decimalValue()).isEqualByComparingTo("0.14");
    }

    @Test
    void thePreviewOfATextWithACharacterOutsideGsm7CountsUcs2Segments() throws Exception {
        JsonNode preview = http.post(
                "/api/notifications/communes/villeneuve/templates/REMINDER/SMS/preview",
                Map.of("body", "Votre RDV 📅 : " + "x".repeat(60))).body();

        assertThat(preview.get("sms").get("encoding").asText()).isEqualTo("UCS_2");
        assertThat(preview.get("sms").get("segments").asInt()).isEqualTo(2);
    }

    @Test
    void thePreviewShowsAnSmsWithFrenchLettersMissingFromGsm7AsItWillBeSent() throws Exception {
        JsonNode preview = http.post(
                "/api/notifications/communes/villeneuve/templates/REMINDER/SMS/preview",
                Map.of("body", "Fête de la mairie, êtes-vous là ? " + "x".repeat(120))).body();

        assertThat(preview.get("body").asText()).startsWith("Fete de la mairie, etes-vous là ? ");
        assertThat(preview.get("sms").get("encoding").asText()).isEqualTo("GSM_7");
        assertThat(preview.get("sms").get("segments").asInt()).isEqualTo(1);
    }

    @Test
    void deletingACommunesTextGoesBackToTheDefault() throws Exception {
        String commune = "tpl-" + Events.newId().substring(0, 8);
        put("/api/notifications/communes/" + commune + "/templates/NO_SHOW/SMS", Map.of("body", "Absent le {date}"));

        http.delete("/api/notifications/communes/" + commune + "/templates/NO_SHOW/SMS");

        JsonNode stored = http.get(
                "/api/notifications/communes/" + commune + "/templates/NO_SHOW/SMS").body();
        assertThat(stored.get("custom").asBoolean()).isFalse();
        assertThat(stored.get("body").asText()).startsWith("Vous n'êtes pas venu(e)");
        assertThat(stored.get("sms").get("encoding").asText()).isEqualTo("GSM_7");
        assertThat(stored.get("sms").get("segments").asInt()).isEqualTo(2);
        assertThat(stored.get("sms").get("cost").decimalValue()).isEqualByComparingTo("0.14");
    }

    @Test
    void theMergeFieldsAreListedWithLabelsAndSamples() throws Exception {
        JsonNode fields = http.get("/api/notifications/merge-fields").body();

        assertThat(fields.findValuesAsText("placeholder")).contains("{beneficiaire}", "{date_precedente}",
                "{lien_gestion}", "{documents}");
    }

    private ServiceResponse put(String path, Map<String, String> body) {
        return http.put(path, body);
    }
}
