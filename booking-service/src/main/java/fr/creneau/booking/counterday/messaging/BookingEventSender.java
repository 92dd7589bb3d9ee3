package fr.creneau.booking.counterday.messaging;

import fr.creneau.booking.api.AppointmentContact;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.api.SlotReserved;
import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.counterday.domain.Booking;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends booking-api records: events on booking.events, and the opened contact details on booking.contacts. A contact
 * is in Kafka before any event that needs it: a hold's own event does not (no message is sent for it), so only an
 * event of the same batch after a contact waits for that contact's acknowledgement.
 */
@Component
public class BookingEventSender {

    private static final String CONTACTS = BookingEventSender.class.getName() + ".contacts";

    private final BatchedSends sends;
    private final ContactVault vault;
    private final String eventsTopic;
    private final String contactsTopic;

    BookingEventSender(BatchedSends sends, ContactVault vault,
            @Value("${spring.cloud.stream.bindings.bookingEvents-out-0.destination}") String eventsTopic,
            @Value("${spring.cloud.stream.bindings.bookingContacts-out-0.destination}") String contactsTopic) {
        this.sends = sends;
        this.vault = vault;
        this.eventsTopic = eventsTopic;
        this.contactsTopic = contactsTopic;
    }

    public void publish(BookingEvent event) {
        if (!(event instanceof SlotReserved)) {
            List<CompletableFuture<?>> contacts = contactsOfThisBatch();
            BatchedSends.await(contacts);
            contacts.clear();
        }
        sends.send(eventsTopic, event.key(), event);
    }

    /** Nothing is sent when the key was erased: the details are gone for good. */
    void publishContact(Booking booking, String sealedContact) {
        vault.open(booking.appointmentId(), sealedContact).ifPresent(contact -> contactsOfThisBatch().add(
                sends.send(contactsTopic, booking.appointmentId(), new AppointmentContact(booking.appointmentId(),
                        booking.communeId(), contact.fullName(), contact.email(), contact.mobile(),
                        contact.manageToken(), contact.locale(), contact.reference()))));
    }

    private static List<CompletableFuture<?>> contactsOfThisBatch() {
        return CurrentUnitOfWork.get().root().getOrComputeResource(CONTACTS, key -> new ArrayList<>());
    }
}
