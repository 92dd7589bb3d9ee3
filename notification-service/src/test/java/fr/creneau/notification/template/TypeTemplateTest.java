package fr.creneau.notification.template;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.Channel;
import fr.creneau.notification.planning.view.AppointmentTypes;
import fr.creneau.notification.support.Citizen;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TypeTemplateTest extends NotificationIntegrationTest {

    private static final Instant START = Instant.parse("2026-12-01T08:20:00Z");

    @Autowired
    AppointmentTypes types;

    private final String commune = "tpt-" + Events.newId().substring(0, 8);

    private String typeText(String typeId) {
        return "/api/notifications/communes/%s/appointment-types/%s/templates/CONFIRMATION/SMS".formatted(commune, typeId);
    }

    @Test
    void aTypesTextWinsOverTheCommunesForThatTypeOnly() {
        types.record(commune, "cni");
        types.record(commune, "passeport");
        http.put("/api/notifications/communes/%s/templates/CONFIRMATION/SMS".formatted(commune),
                Map.of("body", "Commune : RDV {type} le {date}")).expect(200);
        http.put(typeText("cni"), Map.of("body", "CNI : apportez votre ancienne carte, RDV le {date} à {heure}"))
                .expect(200);
        Citizen forTheCard = Citizen.withContact();
        Citizen forThePassport = Citizen.withContact();

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, forTheCard.appointmentId(),
                Events.appointment(START)));
        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), commune, forThePassport.appointmentId(),
                passport()));

        assertThat(forTheCard.awaitSms(twilio, ACCOUNT_SID, 1).get("Body"))
                .isEqualTo("CNI : apportez votre ancienne carte, RDV le mardi 1 décembre 2026 à 09h20");
        assertThat(forThePassport.awaitSms(twilio, ACCOUNT_SID, 1).get("Body"))
                .isEqualTo("Commune : RDV Passeport le mardi 1 décembre 2026");
    }

    @Test
    void deletingATypesTextFallsBackToTheCommunesThenToTheDefault() {
        types.record(commune, "cni");
        http.put("/api/notifications/communes/%s/templates/CONFIRMATION/SMS".formatted(commune),
                Map.of("body", "Commune : RDV le {date}")).expect(200);
        http.put(typeText("cni"), Map.of("body", "Type : RDV le {date}")).expect(200);
        assertThat(http.get(typeText("cni")).expect(200).text("source")).isEqualTo("TYPE");

        http.delete(typeText("cni")).expect(204);

        JsonNode commune = http.get(typeText("cni")).expect(200).body();
        assertThat(commune.get("source").asText()).isEqualTo("COMMUNE");
        assertThat(commune.get("body").asText()).isEqualTo("Commune : RDV le {date}");
        Citizen citizen = Citizen.withContact();
        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), this.commune, citizen.appointmentId(),
                Events.appointment(START)));
        assertThat(citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body"))
                .isEqualTo("Commune : RDV le mardi 1 décembre 2026");

        http.delete("/api/notifications/communes/%s/templates/CONFIRMATION/SMS".formatted(this.commune)).expect(204);
        assertThat(http.get(typeText("cni")).expect(200).text("source")).isEqualTo("DEFAULT");
    }

    @Test
    void aTypesTextIsPreviewedCountedAndPricedAsTheCommunesAre() {
        types.record(commune, "cni");
        String text = "Rappel : RDV le {date} à {heure} [{lieu}] " + "x".repeat(120);

        JsonNode preview = http.post(typeText("cni") + "/preview", Map.of("body", text)).expect(200).body();
        JsonNode communePreview = http.post("/api/notifications/communes/%s/templates/CONFIRMATION/SMS/preview"
                .formatted(commune), Map.of("body", text)).expect(200).body();
        JsonNode saved = http.put(typeText("cni"), Map.of("body", text)).expect(200).body();

        assertThat(preview.get("body").asText()).startsWith("Rappel : RDV le mardi 1 décembre 2026 à 09h20 [Mairie] ");
        assertThat(preview.get("sms").get("segments").asInt()).isEqualTo(2);
        assertThat(preview.get("sms").get("cost").decimalValue()).isEqualByComparingTo("0.14");
        assertThat(preview).isEqualTo(communePreview);
        assertThat(saved.get("sms")).isEqualTo(preview.get("sms"));
        assertThat(http.get(typeText("cni") + "/preview").expect(200).body()).isEqualTo(preview);
    }

    @Test
    void anotherCommunesTypeOrABadTextIsAFrenchProblem() {
        types.record("une-autre-commune", "cni-ailleurs");
        ServiceResponse foreign = http.put(typeText("cni-ailleurs"), Map.of("body", "RDV le {date}"));
        types.record(commune, "cni");
        ServiceResponse unknownField = http.put(typeText("cni"), Map.of("body", "RDV le {prenom}"));

        assertThat(foreign.expect(404).contentType()).isEqualTo("application/problem+json");
        assertThat(unknownField.expect(400).contentType()).isEqualTo("application/problem+json");
        assertThat(unknownField.text("detail")).startsWith("Le champ de fusion {prenom} est inconnu");
        assertThat(http.get(typeText("cni")).expect(200).text("source")).isEqualTo("DEFAULT");
    }

    private static Appointment passport() {
        return new Appointment("passeport", "Passeport", null, null, "etat-civil", "mairie", "Mairie",
                "1 place de la Mairie", "g1", "Guichet 1", null, START, START.plus(Duration.ofMinutes(20)),
                "Europe/Paris", 1, Channel.WEB, "Photo d'identité récente", Instant.parse("2026-11-20T10:00:00Z"));
    }
}
