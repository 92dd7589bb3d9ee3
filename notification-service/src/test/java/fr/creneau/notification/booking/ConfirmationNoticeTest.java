package fr.creneau.notification.booking;

import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.FakeTwilio;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.notification.support.Mailbox;
import fr.creneau.testsupport.KafkaProbe;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConfirmationNoticeTest extends NotificationIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConfirmedAppointmentIsAnnouncedBySmsAndEmailWithTheManageLink() {
        String appointmentId = Events.newId();
        String mobile = "+33611" + appointmentId.substring(0, 6).replaceAll("[^0-9]", "1");
        String email = appointmentId + "@example.fr";
        Events.publish(Events.contact(appointmentId, mobile, email));

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", appointmentId,
                Events.appointment(Instant.parse("2026-12-01T08:20:00Z"))));

        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(smtp, email).size() == 1
                && FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile).size() == 1);
        Map<String, String> sms = FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile).get(0);
        assertThat(sms.get("Body")).isEqualTo("RDV confirmé le mardi 1 décembre 2026 à 09h20 : Carte d'identité, "
                + "Mairie, 1 place de la Mairie. Réf. " + Events.reference(appointmentId)
                + ". Modifier ou annuler : https://rdv.example.fr/gerer/tok-" + appointmentId);
        assertThat(Mailbox.text(Mailbox.of(smtp, email).get(0)))
                .contains("Référence du rendez-vous : " + Events.reference(appointmentId));
    }

    @Test
    void anAppointmentBookedByPhoneWithoutItsAntsNumbersGetsAnSmsAskingToAddThemThroughTheManageLink() {
        String appointmentId = Events.newId();
        String mobile = "+33612" + appointmentId.substring(0, 6).replaceAll("[^0-9]", "2");
        Events.publish(Events.contact(appointmentId, mobile, null));

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", appointmentId,
                Events.appointment(Instant.parse("2026-12-01T08:20:00Z")), false, 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile).size() == 2);
        assertThat(FakeTwilio.messagesTo(twilio, ACCOUNT_SID, mobile)).extracting(sms -> sms.get("Body"))
                .anySatisfy(body -> assertThat(body).startsWith("RDV confirmé le mardi 1 décembre 2026 à 09h20"))
                .anySatisfy(body -> assertThat(body).isEqualTo("RDV Carte d'identité du mardi 1 décembre 2026 à 09h20 "
                        + "pris sans numéro de pré-demande ANTS. Ajoutez-le (un par personne) avant le RDV : "
                        + "https://rdv.example.fr/gerer/tok-" + appointmentId));
    }

    @Test
    void aConfirmationWhoseContactComesLaterIsSentOnceTheContactArrives() {
        String appointmentId = Events.newId();
        String email = appointmentId + "@example.fr";

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", appointmentId,
                Events.appointment(Instant.parse("2026-12-01T08:20:00Z"))));
        await().atMost(Duration.ofSeconds(10)).until(() -> failedAttempts(appointmentId) > 0);
        Events.publish(Events.contact(appointmentId, null, email));

        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(smtp, email).size() == 1);
        MimeMessage mail = Mailbox.of(smtp, email).get(0);
        assertThat(Mailbox.text(mail)).contains("https://rdv.example.fr/gerer/tok-" + appointmentId);
    }

    @Test
    void anEventOfATypeThisVersionDoesNotKnowIsSkippedWithoutBlockingTheNextOnes() {
        String appointmentId = Events.newId();
        String email = appointmentId + "@example.fr";
        Events.publish(Events.contact(appointmentId, null, email));
        KafkaProbe.send("booking.events", appointmentId, """
                {"type":"AppointmentTeleported.v7","eventId":"%s","communeId":"villeneuve","appointmentId":"%s"}"""
                .formatted(Events.newId(), appointmentId));

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", appointmentId,
                Events.appointment(Instant.parse("2026-12-01T08:20:00Z"))));

        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(smtp, email).size() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM dead_letter WHERE payload LIKE :p")
                .param("p", "%AppointmentTeleported%").query(Integer.class).single()).isZero();
    }

    private int failedAttempts(String appointmentId) {
        return jdbc.sql("""
                        SELECT count(*) FROM notice_attempt a JOIN notice n ON n.id = a.notice_id
                        WHERE n.appointment_id = :id AND a.outcome = 'FAILED'""")
                .param("id", appointmentId).query(Integer.class).single();
    }
}
