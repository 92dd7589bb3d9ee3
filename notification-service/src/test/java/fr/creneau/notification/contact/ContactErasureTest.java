package fr.creneau.notification.contact;

import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ContactErasureTest extends IntegrationTest {

    @Autowired
    ContactBook contacts;

    @Test
    void aTombstoneOnBookingContactsErasesOurCopy() {
        String appointmentId = Events.newId();
        Events.publish(Events.contact(appointmentId, "+33612345678", "efface@example.fr"));
        await().atMost(Duration.ofSeconds(20)).until(() -> contacts.find(appointmentId).isPresent());
        assertThat(contacts.find(appointmentId).orElseThrow().manageToken()).isEqualTo("tok-" + appointmentId);

        Events.erase(appointmentId);

        await().atMost(Duration.ofSeconds(20)).until(() -> contacts.find(appointmentId).isEmpty());
    }
}
