package fr.creneau.notification.language;

import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.AppointmentUnscheduled;
import fr.creneau.booking.api.ProposedSlot;
import fr.creneau.notification.support.Citizen;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.Mailbox;
import fr.creneau.notification.support.NotificationIntegrationTest;
import fr.creneau.testsupport.KafkaProbe;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class NoticesInTheCitizensLanguageTest extends NotificationIntegrationTest {

    private static final Instant WINTER = Instant.parse("2026-12-01T08:20:00Z");

    @Test
    void aCitizenWhoBookedInEnglishGetsTheirCodeInEnglish() throws Exception {
        Citizen citizen = Citizen.withLocale("en");
        Instant expires = Instant.now().plus(Duration.ofMinutes(10));

        KafkaProbe.send("notification.otp", citizen.appointmentId(), oneTimeCode(citizen, "482915", expires, "en"));

        String until = DateTimeFormatter.ofPattern("HH:mm").format(expires.atZone(ZoneId.of("Europe/Paris")));
        assertThat(citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body")).isEqualTo("Your appointment confirmation "
                + "code: 482915. It is valid until " + until + ". Do not share it with anyone.");
        MimeMessage mail = citizen.awaitEmail(smtp, 1);
        assertThat(mail.getSubject()).isEqualTo("Your confirmation code: 482915");
        assertThat(Mailbox.text(mail)).startsWith("Hello Jeanne Martin,");
    }

    @Test
    void aCodeForAnUnsupportedOrMissingLanguageIsInFrench() throws Exception {
        Citizen german = Citizen.withLocale("de");
        Citizen unknown = Citizen.withLocale(null);
        Instant expires = Instant.now().plus(Duration.ofMinutes(10));

        KafkaProbe.send("notification.otp", german.appointmentId(), oneTimeCode(german, "111222", expires, "de"));
        KafkaProbe.send("notification.otp", unknown.appointmentId(), oneTimeCode(unknown, "333444", expires, null));

        assertThat(german.awaitSms(twilio, ACCOUNT_SID, 1).get("Body"))
                .startsWith("Votre code de confirmation de rendez-vous : 111222. Il est valable jusqu'à ");
        assertThat(unknown.awaitEmail(smtp, 1).getSubject()).isEqualTo("Votre code de confirmation : 333444");
    }

    @Test
    void theConfirmationOfAnEnglishSpeakingCitizenIsInEnglishWithItsCalendarFileAndLinks() throws Exception {
        Citizen citizen = Citizen.withLocale("en-GB");

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(WINTER)));

        String manage = "https://rdv.example.fr/gerer/" + citizen.token();
        assertThat(citizen.awaitSms(twilio, ACCOUNT_SID, 1).get("Body")).isEqualTo("Appointment confirmed on Tuesday "
                + "1 December 2026 at 09:20: Carte d'identité, Mairie, 1 place de la Mairie. Ref. "
                + Events.reference(citizen.appointmentId()) + ". Change or cancel: " + manage + "?lang=en");
        MimeMessage mail = citizen.awaitEmail(smtp, 1);
        assertThat(mail.getSubject()).isEqualTo("Your appointment on Tuesday 1 December 2026 at 09:20 is confirmed");
        assertThat(Mailbox.text(mail)).contains("is confirmed on Tuesday 1 December 2026 at 09:20 (duration: 20 min)",
                "Documents to bring: Photo d'identité récente", "To change your appointment: " + manage + "?lang=en",
                "To cancel it: " + manage + "/annulation?lang=en");
        VEvent event = (VEvent) new CalendarBuilder().build(new StringReader(
                Mailbox.attachment(mail, "rendez-vous.ics").orElseThrow())).getComponent("VEVENT");
        assertThat(event.getSummary().getValue()).isEqualTo("Carte d'identité - town hall");
        assertThat(event.getDescription().getValue()).isEqualTo("Appointment at the town hall: Carte d'identité\n"
                + "Documents to bring: Photo d'identité récente\nChange or cancel: " + manage + "?lang=en");
    }

    @Test
    void aCitizenWithAnUnsupportedLanguageGetsTheFrenchConfirmation() throws Exception {
        Citizen citizen = Citizen.withLocale("de");

        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(WINTER)));

        MimeMessage mail = citizen.awaitEmail(smtp, 1);
        assertThat(mail.getSubject()).isEqualTo("Confirmation de votre rendez-vous du mardi 1 décembre 2026 à 09h20");
        assertThat(Mailbox.text(mail)).contains("Pour modifier votre rendez-vous : https://rdv.example.fr/gerer/"
                + citizen.token() + "\n").doesNotContain("lang=");
    }

    @Test
    void theSlotsProposedToAnEnglishSpeakingCitizenAreWrittenInEnglish() throws Exception {
        Citizen citizen = Citizen.withLocale("en");
        Instant proposed = Instant.parse("2026-12-02T09:00:00Z");

        Events.publish(new AppointmentUnscheduled(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(WINTER), null,
                List.of(new ProposedSlot("mairie", "Mairie", "g2", proposed, proposed.plus(Duration.ofMinutes(20))))));

        String text = Mailbox.text(citizen.awaitEmail(smtp, 1));
        assertThat(text).contains("Reason: not given", "- Wednesday 2 December 2026 at 10:00 (Mairie): "
                + "https://rdv.example.fr/gerer/" + citizen.token() + "?creneau=2026-12-02T09%3A00%3A00Z&guichet=g2&lang=en");
    }

    @Test
    void theReminderOfAnEnglishSpeakingCitizenIsInEnglish() {
        Citizen citizen = Citizen.withLocale("en");
        Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(start)));
        await().atMost(Duration.ofSeconds(20)).until(() -> citizen.sms(twilio, ACCOUNT_SID).size() == 1);

        clock.advance(Duration.ofHours(24).plusMinutes(1));

        String day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK)
                .format(start.atZone(ZoneId.of("Europe/Paris")));
        await().atMost(Duration.ofSeconds(20)).until(() -> citizen.sms(twilio, ACCOUNT_SID).size() == 2);
        assertThat(citizen.sms(twilio, ACCOUNT_SID).get(1).get("Body"))
                .startsWith("Reminder: appointment Carte d'identité on " + day + ", Mairie, 1 place de la Mairie.");
    }

    private static String oneTimeCode(Citizen citizen, String code, Instant expires, String locale) {
        return """
                {"eventId":"%s","occurredAt":"%s","communeId":"villeneuve","appointmentId":"%s","code":"%s",
                 "fullName":"Jeanne Martin","email":"%s","mobile":"%s","expiresAt":"%s","locale":%s}"""
                .formatted(UUID.randomUUID(), Instant.now(), citizen.appointmentId(), code, citizen.email(),
                        citizen.mobile(), expires, locale == null ? "null" : "\"" + locale + "\"");
    }
}
