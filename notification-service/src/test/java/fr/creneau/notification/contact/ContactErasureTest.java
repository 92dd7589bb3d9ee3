package fr.creneau.notification.contact;

import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.AppointmentNoShow;
import fr.creneau.notification.contact.view.ContactBook;
import fr.creneau.notification.support.Citizen;
import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ContactErasureTest extends NotificationIntegrationTest {

    private static final Instant START = Instant.parse("2026-12-01T08:20:00Z");

    @Autowired
    ContactBook contacts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTombstoneOnBookingContactsErasesOurCopyAndTheTextsSent() {
        Citizen citizen = Citizen.withContact();
        Events.publish(new AppointmentConfirmed(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(START)));
        citizen.awaitEmail(smtp, 1);
        citizen.awaitSms(twilio, ACCOUNT_SID, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(citizen).equals(List.of("SENT", "SENT")));

        Events.erase(citizen.appointmentId());

        await().atMost(Duration.ofSeconds(20)).until(() -> contacts.find(citizen.appointmentId()).isEmpty());
        assertThat(contacts.erased(citizen.appointmentId())).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE appointment_id = :a AND (recipient IS NOT NULL "
                        + "OR body IS NOT NULL)").param("a", citizen.appointmentId()).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aNoticeForAnErasedContactIsSkippedRatherThanRetried() {
        Citizen citizen = Citizen.withContact();
        await().atMost(Duration.ofSeconds(20)).until(() -> contacts.find(citizen.appointmentId()).isPresent());
        Events.erase(citizen.appointmentId());
        await().atMost(Duration.ofSeconds(20)).until(() -> contacts.erased(citizen.appointmentId()));

        Events.publish(new AppointmentNoShow(Events.newId(), Instant.now(), "villeneuve", citizen.appointmentId(),
                Events.appointment(START), "agent-1"));

        await().atMost(Duration.ofSeconds(20)).until(() -> statuses(citizen).equals(List.of("SKIPPED", "SKIPPED")));
        assertThat(citizen.sms(twilio, ACCOUNT_SID)).isEmpty();
    }

    private List<String> statuses(Citizen citizen) {
        return jdbc.sql("SELECT status FROM notice WHERE appointment_id = :a ORDER BY status")
                .param("a", citizen.appointmentId()).query(String.class).list();
    }
}
