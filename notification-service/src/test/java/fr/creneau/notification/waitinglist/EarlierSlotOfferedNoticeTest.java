package fr.creneau.notification.waitinglist;

import fr.creneau.booking.api.EarlierSlotOffered;
import fr.creneau.notification.planning.view.AppointmentTypes;
import fr.creneau.notification.support.Citizen;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.Mailbox;
import fr.creneau.notification.support.NotificationIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen on the waiting list is offered an earlier slot by e-mail and SMS, in the commune's or type's words. */
class EarlierSlotOfferedNoticeTest extends NotificationIntegrationTest {

    private static final Instant BOOKED = Instant.parse("2026-12-15T08:20:00Z");
    private static final Instant OFFERED = Instant.parse("2026-12-03T13:40:00Z");

    @Autowired
    AppointmentTypes types;

    @Test
    void theOfferSaysWhichSlotUntilWhenAndLinksToTheManagePage() throws Exception {
        Citizen citizen = Citizen.withContact();
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(15));

        Events.publish(offer("villeneuve", citizen, expiresAt));

        String link = "https://rdv.example.fr/gerer/" + citizen.token() + "#proposition";
        String limit = String.format("%02dh%02d", expiresAt.atZone(java.time.ZoneId.of("Europe/Paris")).getHour(),
                expiresAt.atZone(java.time.ZoneId.of("Europe/Paris")).getMinute());
        MimeMessage mail = citizen.awaitEmail(smtp, 1);
        assertThat(mail.getSubject()).isEqualTo("Un créneau plus tôt s'est libéré : le jeudi 3 décembre 2026 à 14h40");
        assertThat(Mailbox.text(mail)).contains("votre rendez-vous « Carte d'identité » du mardi 15 décembre 2026 "
                + "à 09h20", "le jeudi 3 décembre 2026 à 14h40 (Mairie, 1 place de la Mairie)",
                "proposé en premier jusqu'à " + limit, link, "proposé à la personne suivante");
        assertThat(Mailbox.attachment(mail, "rendez-vous.ics")).isEmpty();
        assertThat(citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body")).isEqualTo("Un créneau plus tot s'est libéré "
                + "pour votre RDV Carte d'identité : le jeudi 3 décembre 2026 à 14h40, Mairie. A prendre avant "
                + limit + " : " + link);
    }

    @Test
    void aTypeMayOverrideTheOffersText() throws Exception {
        String commune = "wl-" + Events.newId().substring(0, 8);
        types.record(commune, "cni");
        http.put("/api/notifications/communes/%s/appointment-types/cni/templates/EARLIER_SLOT_OFFERED/SMS"
                .formatted(commune), Map.of("body", "CNI plus tot : {date_proposee}, avant {heure_limite}"))
                .expect(200);
        Citizen citizen = Citizen.withContact();

        Events.publish(offer(commune, citizen, Instant.parse("2026-12-02T09:35:00Z").plus(Duration.ofDays(3650))));

        assertThat(citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body"))
                .isEqualTo("CNI plus tot : jeudi 3 décembre 2026 à 14h40, avant 10h35");
    }

    private static EarlierSlotOffered offer(String commune, Citizen citizen, Instant expiresAt) {
        return new EarlierSlotOffered(Events.newId(), Instant.now(), commune, citizen.appointmentId(),
                Events.appointment(BOOKED), "freed-1/1", "g1", "Guichet 1", OFFERED,
                OFFERED.plus(Duration.ofMinutes(20)), expiresAt);
    }
}
