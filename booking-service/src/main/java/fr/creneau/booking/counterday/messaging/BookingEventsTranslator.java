package fr.creneau.booking.counterday.messaging;

import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.contact.view.AntsNumbersToAdd;
import fr.creneau.booking.counterday.domain.AppointmentApproved;
import fr.creneau.booking.counterday.domain.AppointmentAwaitingApproval;
import fr.creneau.booking.counterday.domain.AppointmentBooked;
import fr.creneau.booking.counterday.domain.AppointmentConfirmed;
import fr.creneau.booking.counterday.domain.AppointmentRefused;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.HoldExpired;
import fr.creneau.booking.counterday.domain.SlotReserved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import static fr.creneau.booking.counterday.messaging.AppointmentViews.view;

/**
 * Publishes the stored events of the counter-days as booking-api records on booking.events, keyed by appointment,
 * with the stored event's id as event id. It runs as a streaming processor over the event store, which is thus the
 * outbox: a batch of events is only done once Kafka took all its records ({@link BatchedSends}), or the processor
 * tries the same events again. The contact details go to
 * booking.contacts before the first event that needs them. This class takes the booking itself (hold, code,
 * approval); {@link AppointmentChangesTranslator} what happens to it afterwards, in the same processor.
 */
@Component
@ProcessingGroup("booking-events-publisher")
class BookingEventsTranslator {

    private final BookingEventSender sender;
    private final AntsNumbersToAdd antsNumbersToAdd;

    BookingEventsTranslator(BookingEventSender sender, AntsNumbersToAdd antsNumbersToAdd) {
        this.sender = sender;
        this.antsNumbersToAdd = antsNumbersToAdd;
    }

    @EventHandler
    void on(SlotReserved event, @MessageIdentifier String eventId) {
        publishContact(event.booking(), event.sealedContact());
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.SlotReserved(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b), event.holdExpiresAt()));
    }

    @EventHandler
    void on(AppointmentBooked event, @MessageIdentifier String eventId) {
        publishContact(event.booking(), event.sealedContact());
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentConfirmed(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b), event.confirmationWithheld()));
    }

    @EventHandler
    void on(AppointmentConfirmed event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentConfirmed(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b), false, antsNumbersToAdd.awaited(b.appointmentId())));
    }

    @EventHandler
    void on(AppointmentAwaitingApproval event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentAwaitingApproval(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b)));
    }

    @EventHandler
    void on(AppointmentApproved event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentApproved(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b), event.agentId()));
    }

    @EventHandler
    void on(AppointmentRefused event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentRefused(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b), event.agentId(), event.reason()));
    }

    @EventHandler
    void on(HoldExpired event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.HoldExpired(eventId, event.occurredAt(), b.communeId(), b.appointmentId(),
                view(b)));
    }

    private void publishContact(Booking booking, String sealedContact) {
        sender.publishContact(booking, sealedContact);
    }

    private void publish(BookingEvent event) {
        sender.publish(event);
    }
}
