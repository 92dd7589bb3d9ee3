package fr.creneau.booking.publishing;

import fr.creneau.booking.api.AppointmentContact;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.api.CancelledBy;
import fr.creneau.booking.contact.ContactVault;
import fr.creneau.booking.counterday.domain.AppointmentApproved;
import fr.creneau.booking.counterday.domain.AppointmentAssigned;
import fr.creneau.booking.counterday.domain.AppointmentAttended;
import fr.creneau.booking.counterday.domain.AppointmentAwaitingApproval;
import fr.creneau.booking.counterday.domain.AppointmentBooked;
import fr.creneau.booking.counterday.domain.AppointmentCancelled;
import fr.creneau.booking.counterday.domain.AppointmentConfirmed;
import fr.creneau.booking.counterday.domain.AppointmentMovedIn;
import fr.creneau.booking.counterday.domain.AppointmentNoShow;
import fr.creneau.booking.counterday.domain.AppointmentRefused;
import fr.creneau.booking.counterday.domain.AppointmentRescheduled;
import fr.creneau.booking.counterday.domain.AppointmentUnscheduled;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.HoldExpired;
import fr.creneau.booking.counterday.domain.SlotReserved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Publishes the stored events of the counter-days as booking-api records on booking.events, keyed by appointment,
 * with the stored event's id as event id. It runs as a streaming processor over the event store, which is thus the
 * outbox: a send that fails throws, and the processor tries the same events again. The contact details go to
 * booking.contacts before the first event that needs them.
 */
@Component
@ProcessingGroup("booking-events-publisher")
class BookingEventsTranslator {

    private final KafkaPublisher publisher;
    private final AppointmentViews views;
    private final ContactVault vault;

    BookingEventsTranslator(KafkaPublisher publisher, AppointmentViews views, ContactVault vault) {
        this.publisher = publisher;
        this.views = views;
        this.vault = vault;
    }

    @EventHandler
    void on(SlotReserved event, @MessageIdentifier String eventId) {
        publishContact(event.booking(), event.sealedContact());
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.SlotReserved(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), views.view(b), event.holdExpiresAt()));
    }

    @EventHandler
    void on(AppointmentBooked event, @MessageIdentifier String eventId) {
        publishContact(event.booking(), event.sealedContact());
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentConfirmed(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), views.view(b)));
    }

    @EventHandler
    void on(AppointmentConfirmed event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentConfirmed(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), views.view(b)));
    }

    @EventHandler
    void on(AppointmentAwaitingApproval event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentAwaitingApproval(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), views.view(b)));
    }

    @EventHandler
    void on(AppointmentApproved event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentApproved(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), views.view(b), event.agentId()));
    }

    @EventHandler
    void on(AppointmentRefused event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentRefused(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), views.view(b), event.agentId(), event.reason()));
    }

    @EventHandler
    void on(HoldExpired event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.HoldExpired(eventId, event.occurredAt(), b.communeId(), b.appointmentId(),
                views.view(b)));
    }

    @EventHandler
    void on(AppointmentCancelled event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentCancelled(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), views.view(b), event.byAgent() ? CancelledBy.AGENT : CancelledBy.CITIZEN,
                event.agentId(), event.reason(), event.byAgent() ? views.proposals(b) : List.of()));
    }

    @EventHandler
    void on(AppointmentUnscheduled event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentUnscheduled(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), views.view(b), event.reason(), views.proposals(b)));
    }

    @EventHandler
    void on(AppointmentAssigned event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentAssigned(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), views.view(b), event.previousAgentId()));
    }

    @EventHandler
    void on(AppointmentAttended event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentAttended(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), views.view(b), event.agentId()));
    }

    @EventHandler
    void on(AppointmentNoShow event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentNoShow(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), views.view(b), event.agentId()));
    }

    @EventHandler
    void on(AppointmentRescheduled event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentRescheduled(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), views.view(b), event.previousRange().start(), event.previousRange().end(),
                b.details().placeId(), b.counterId(), event.byAgent() ? CancelledBy.AGENT : CancelledBy.CITIZEN));
    }

    @EventHandler
    void on(AppointmentMovedIn event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        publish(new fr.creneau.booking.api.AppointmentRescheduled(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), views.view(b), event.previousRange().start(), event.previousRange().end(),
                event.previousPlaceId(), event.previousCounterId(),
                event.byAgent() ? CancelledBy.AGENT : CancelledBy.CITIZEN));
    }

    private void publishContact(Booking booking, String sealedContact) {
        vault.open(booking.appointmentId(), sealedContact).ifPresent(contact -> publisher.send(
                KafkaPublisher.BOOKING_CONTACTS, booking.appointmentId(),
                new AppointmentContact(booking.appointmentId(), booking.communeId(), contact.fullName(),
                        contact.email(), contact.mobile(), contact.manageToken(), contact.locale())));
    }

    private void publish(BookingEvent event) {
        publisher.send(KafkaPublisher.BOOKING_EVENTS, event.key(), event);
    }
}
