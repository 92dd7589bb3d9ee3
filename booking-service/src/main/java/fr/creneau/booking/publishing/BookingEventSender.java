package fr.creneau.booking.publishing;

import fr.creneau.booking.api.AppointmentContact;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.contact.ContactVault;
import fr.creneau.booking.counterday.domain.Booking;
import org.springframework.stereotype.Component;

/** Sends booking-api records: events on booking.events, and the opened contact details on booking.contacts. */
@Component
class BookingEventSender {

    private final KafkaPublisher publisher;
    private final ContactVault vault;

    BookingEventSender(KafkaPublisher publisher, ContactVault vault) {
        this.publisher = publisher;
        this.vault = vault;
    }

    void publish(BookingEvent event) {
        publisher.send(KafkaPublisher.BOOKING_EVENTS, event.key(), event);
    }

    /** Nothing is sent when the key was erased: the details are gone for good. */
    void publishContact(Booking booking, String sealedContact) {
        vault.open(booking.appointmentId(), sealedContact).ifPresent(contact -> publisher.send(
                KafkaPublisher.BOOKING_CONTACTS, booking.appointmentId(),
                new AppointmentContact(booking.appointmentId(), booking.communeId(), contact.fullName(),
                        contact.email(), contact.mobile(), contact.manageToken(), contact.locale())));
    }
}
