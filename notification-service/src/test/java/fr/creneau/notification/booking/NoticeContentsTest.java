package fr.creneau.notification.booking;

import fr.creneau.booking.api.AppointmentApproved;
import fr.creneau.booking.api.AppointmentAwaitingApproval;
import fr.creneau.booking.api.AppointmentCancelled;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.AppointmentModified;
import fr.creneau.booking.api.AppointmentNoShow;
import fr.creneau.booking.api.AppointmentRefused;
import fr.creneau.booking.api.AppointmentRescheduled;
import fr.creneau.booking.api.AppointmentUnscheduled;
import fr.creneau.booking.api.CancelledBy;
import fr.creneau.booking.api.ProposedSlot;
import fr.creneau.notification.support.Citizen;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.notification.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class NoticeContentsTest extends NotificationIntegrationTest {

    private static final Instant WINTER = Instant.parse("2026-12-01T08:20:00Z");
    private static final Instant SUMMER = Instant.parse("2027-06-15T12:00:00Z");

    @Test
    void theConfirmationEmailHasTheWholeTextTheLinksAndAParseableCalendarFile() throws Exception {
        Citizen citizen = Citizen.withContact();

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(WINTER)));

        MimeMessage mail = citizen.awaitEmail(smtp, 1);
        String manage = "https://rdv.example.fr/gerer/" + citizen.token();
        assertThat(mail.getSubject()).isEqualTo("Confirmation de votre rendez-vous du mardi 1 décembre 2026 à 09h20");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Mairie <rdv@example.fr>");
        assertThat(Mailbox.text(mail)).isEqualTo("""
                Bonjour Jeanne Martin,

                Votre rendez-vous « Carte d'identité » est confirmé le mardi 1 décembre 2026 à 09h20 (durée : 20 min).
                Lieu : Mairie, 1 place de la Mairie (Guichet 1).
                Référence du rendez-vous : %s

                Documents à apporter : Photo d'identité récente

                Pour modifier votre rendez-vous : %s
                Pour l'annuler : %s/annulation

                Le rendez-vous est joint à ce message pour l'ajouter à votre agenda.""".formatted(
                Events.reference(citizen.appointmentId()), manage, manage));
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                Mailbox.attachment(mail, "rendez-vous.ics").orElseThrow()));
        VEvent event = (VEvent) calendar.getComponent("VEVENT");
        assertThat(event.getStartDate().getDate().toInstant()).isEqualTo(WINTER);
        assertThat(event.getEndDate().getDate().toInstant()).isEqualTo(WINTER.plus(Duration.ofMinutes(20)));
        assertThat(event.getDescription().getValue()).contains(manage);
    }

    @Test
    void aSummerAppointmentIsWrittenInParisSummerTime() throws Exception {
        Citizen citizen = Citizen.withContact();

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(SUMMER)));

        assertThat(citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body"))
                .startsWith("RDV confirmé le mardi 15 juin 2027 à 14h00 : Carte d'identité");
    }

    @Test
    void aBookingAwaitingApprovalTellsTheCitizenAndTheCommunesAgents() throws Exception {
        String commune = "appro-" + Events.newId().substring(0, 8);
        String agent = "agent-" + commune + "@mairie.example.fr";
        http.put("/api/notifications/communes/{c}/agents", Map.of("emails", List.of(agent)), commune);
        Citizen citizen = Citizen.withContact();

        Events.publish(new AppointmentAwaitingApproval(Events.newId(), Instant.now(), commune, citizen.appointmentId(),
                Events.appointment(WINTER)));

        assertThat(citizen.awaitEmail(smtp, 1).getSubject())
                .isEqualTo("Votre demande de rendez-vous du mardi 1 décembre 2026 attend la validation de la mairie");
        assertThat(citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body")).isEqualTo("Demande de RDV du mardi 1 décembre "
                + "2026 à 09h20 recue (Carte d'identité). La mairie doit la valider : vous serez prévenu(e).");
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(smtp, agent).size() == 1);
        MimeMessage toAgent = Mailbox.of(smtp, agent).get(0);
        assertThat(toAgent.getSubject()).isEqualTo("Rendez-vous à valider : Carte d'identité le mardi 1 décembre 2026 à 09h20");
        assertThat(Mailbox.text(toAgent)).contains("Bénéficiaire : Jeanne Martin, 1 personne(s).");
    }

    @Test
    void anApprovedAppointmentIsConfirmedWithItsCalendarFile() throws Exception {
        Citizen citizen = Citizen.withContact();

        Events.publish(new AppointmentApproved(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(WINTER), "agent-1"));

        MimeMessage mail = citizen.awaitEmail(smtp, 1);
        assertThat(mail.getSubject()).isEqualTo("Votre rendez-vous du mardi 1 décembre 2026 à 09h20 est validé");
        assertThat(Mailbox.attachment(mail, "rendez-vous.ics")).isPresent();
    }

    @Test
    void aRefusedAppointmentGivesTheReasonAndThePortal() throws Exception {
        Citizen citizen = Citizen.withContact();

        Events.publish(new AppointmentRefused(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(WINTER), "agent-1", "dossier incomplet"));

        assertThat(citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body")).isEqualTo("Votre demande de RDV Carte d'identité "
                + "du mardi 1 décembre 2026 à 09h20 n'a pas été acceptée. Motif : dossier incomplet. "
                + "Autre créneau : https://rdv.example.fr/");
        assertThat(Mailbox.text(citizen.awaitEmail(smtp, 1))).contains("Motif : dossier incomplet");
    }

    @Test
    void aMovedAppointmentNamesThePreviousDateAndTheNewOne() throws Exception {
        Citizen citizen = Citizen.withContact();
        Instant previous = Instant.parse("2026-10-23T12:00:00Z");

        Events.publish(new AppointmentRescheduled(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(Instant.parse("2026-10-27T13:00:00Z")), previous,
                previous.plus(Duration.ofMinutes(20)), "mairie", "g1", CancelledBy.CITIZEN));

        assertThat(citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body")).isEqualTo("Votre RDV Carte d'identité du "
                + "vendredi 23 octobre 2026 à 14h00 est déplacé au mardi 27 octobre 2026 à 14h00, Mairie, "
                + "1 place de la Mairie. Gérer : https://rdv.example.fr/gerer/" + citizen.token());
        MimeMessage mail = citizen.awaitEmail(smtp, 1);
        Calendar moved = new CalendarBuilder().build(new StringReader(
                Mailbox.attachment(mail, "rendez-vous.ics").orElseThrow()));
        VEvent event = (VEvent) moved.getComponent("VEVENT");
        assertThat(moved.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(event.getUid().getValue()).isEqualTo(citizen.appointmentId() + "@creneau");
        assertThat(event.getStartDate().getDate().toInstant()).isEqualTo(Instant.parse("2026-10-27T13:00:00Z"));
    }

    @Test
    void aMoveOutranksTheConfirmationInTheCitizensCalendar() throws Exception {
        Citizen citizen = Citizen.withContact();
        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(WINTER)));
        int confirmed = sequenceOf(citizen.awaitEmail(smtp, 1));
        Thread.sleep(1_100);

        Events.publish(new AppointmentRescheduled(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(SUMMER), WINTER, WINTER.plus(Duration.ofMinutes(20)), "mairie", "g1",
                CancelledBy.AGENT));

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.of(smtp, citizen.email()).size() == 2);
        MimeMessage move = Mailbox.of(smtp, citizen.email()).stream()
                .filter(mail -> subjectOf(mail).contains("déplacé")).findFirst().orElseThrow();
        assertThat(sequenceOf(move)).isGreaterThan(confirmed);
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int sequenceOf(MimeMessage mail) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                Mailbox.attachment(mail, "rendez-vous.ics").orElseThrow()));
        return ((VEvent) calendar.getComponent("VEVENT")).getSequence().getSequenceNo();
    }

    @Test
    void anUnscheduledAppointmentOffersTheProposedSlotsWithTheirLinks() throws Exception {
        Citizen citizen = Citizen.withContact();
        Instant proposed = Instant.parse("2026-12-02T09:00:00Z");

        Events.publish(new AppointmentUnscheduled(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(WINTER), "absence de l'agent",
                List.of(new ProposedSlot("mairie", "Mairie", "g2", proposed, proposed.plus(Duration.ofMinutes(20))))));

        String text = Mailbox.text(citizen.awaitEmail(smtp, 1));
        assertThat(text).contains("Motif : absence de l'agent");
        assertThat(text).contains("- mercredi 2 décembre 2026 à 10h00 (Mairie) : https://rdv.example.fr/gerer/"
                + citizen.token() + "?creneau=2026-12-02T09%3A00%3A00Z&guichet=g2");
    }

    @Test
    void aCancellationByTheCitizenIsAcknowledged() throws Exception {
        Citizen citizen = Citizen.withContact();

        Events.publish(new AppointmentCancelled(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(WINTER), CancelledBy.CITIZEN, null, null, List.of()));

        assertThat(citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body")).isEqualTo("Votre RDV Carte d'identité du mardi "
                + "1 décembre 2026 à 09h20 est bien annulé. Nouveau RDV : https://rdv.example.fr/");
        assertThat(citizen.awaitEmail(smtp, 1).getSubject()).isEqualTo("Annulation de votre rendez-vous du mardi 1 décembre 2026");
    }

    @Test
    void aCancellationByTheMairieGivesTheReasonAndProposesSlots() throws Exception {
        Citizen citizen = Citizen.withContact();
        Instant proposed = Instant.parse("2026-12-03T13:30:00Z");

        Events.publish(new AppointmentCancelled(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(WINTER), CancelledBy.AGENT, "agent-1", "fermeture exceptionnelle",
                List.of(new ProposedSlot("mairie", "Mairie", "g1", proposed, proposed.plus(Duration.ofMinutes(20))))));

        MimeMessage mail = citizen.awaitEmail(smtp, 1);
        assertThat(mail.getSubject()).isEqualTo("La mairie a annulé votre rendez-vous du mardi 1 décembre 2026");
        Calendar cancel = new CalendarBuilder().build(new StringReader(
                Mailbox.attachment(mail, "rendez-vous.ics").orElseThrow()));
        assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(((VEvent) cancel.getComponent("VEVENT")).getUid().getValue())
                .isEqualTo(citizen.appointmentId() + "@creneau");
        assertThat(Mailbox.text(mail)).contains("Motif : fermeture exceptionnelle")
                .contains("- jeudi 3 décembre 2026 à 14h30 (Mairie) : ");
    }

    @Test
    void anEditedAppointmentTellsTheCitizenWhatItNowIs() throws Exception {
        Citizen citizen = Citizen.withContact();

        Events.publish(new AppointmentModified(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(WINTER), List.of(AppointmentModified.Change.PERSONS), CancelledBy.AGENT));

        assertThat(citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body")).isEqualTo("Votre RDV Carte d'identité du "
                + "mardi 1 décembre 2026 à 09h20 a été modifié (1 personne(s)). Vérifier ou corriger : "
                + "https://rdv.example.fr/gerer/" + citizen.token());
        MimeMessage mail = citizen.awaitEmail(smtp, 1);
        assertThat(mail.getSubject()).isEqualTo("Votre rendez-vous du mardi 1 décembre 2026 à 09h20 a été modifié");
        assertThat(Mailbox.text(mail)).contains("1 personne(s), durée : 20 min.");
    }

    @Test
    void aMissedAppointmentRemindsTheCitizenToCancelNextTime() throws Exception {
        Citizen citizen = Citizen.withContact();

        Events.publish(new AppointmentNoShow(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(WINTER), "agent-1"));

        assertThat(citizen.awaitEmail(smtp, 1).getSubject()).isEqualTo("Rendez-vous manqué du mardi 1 décembre 2026");
        assertThat(citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body")).startsWith("Vous n'etes pas venu(e) à votre RDV");
    }

    @Test
    void aRedeliveredEventSendsNothingMore() throws Exception {
        Citizen citizen = Citizen.withContact();
        AppointmentConfirmed confirmed = new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve",
                citizen.appointmentId(), Events.appointment(WINTER));

        Events.publish(confirmed);
        Events.publish(confirmed);

        citizen.awaitEmail(smtp, 1);
        citizen.awaitSms(twilio, ACCOUNT_SID, 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> Mailbox.of(smtp, citizen.email()).size() == 1
                        && citizen.sms(twilio, ACCOUNT_SID).size() == 1);
    }
}
