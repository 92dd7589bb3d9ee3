package fr.creneau.booking.counterday.messaging;

import fr.creneau.booking.api.CancelledBy;
import fr.creneau.booking.counterday.domain.AppointmentAssigned;
import fr.creneau.booking.counterday.domain.AppointmentAttended;
import fr.creneau.booking.counterday.domain.AppointmentCancelled;
import fr.creneau.booking.counterday.domain.AppointmentModified;
import fr.creneau.booking.counterday.domain.AppointmentMovedIn;
import fr.creneau.booking.counterday.domain.AppointmentNoShow;
import fr.creneau.booking.counterday.domain.AppointmentRescheduled;
import fr.creneau.booking.counterday.domain.AppointmentUnscheduled;
import fr.creneau.booking.counterday.domain.Booking;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import static fr.creneau.booking.counterday.messaging.AppointmentViews.proposed;
import static fr.creneau.booking.counterday.messaging.AppointmentViews.view;

/**
 * Publishes what happens to a booked appointment (cancelled, unscheduled, moved, assigned, attended) on
 * booking.events, in the same streaming processor as {@link BookingEventsTranslator}, so in the same order.
 * When the mairie cancels or unschedules, the free slots its event kept are offered; an edit sends its new contact
 * details first.
 */
@Component
@ProcessingGroup("booking-events-publisher")
class AppointmentChangesTranslator {

    private final BookingEventSender sender;

    AppointmentChangesTranslator(BookingEventSender sender) {
        this.sender = sender;
    }

    @EventHandler
    void on(AppointmentCancelled event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        sender.publish(new fr.creneau.booking.api.AppointmentCancelled(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b), by(event.byAgent()),
                event.agentId(), event.reason(), proposed(event.proposals())));
    }

    @EventHandler
    void on(AppointmentUnscheduled event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        sender.publish(new fr.creneau.booking.api.AppointmentUnscheduled(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b), event.reason(), proposed(event.proposals())));
    }

    @EventHandler
    void on(AppointmentAssigned event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        sender.publish(new fr.creneau.booking.api.AppointmentAssigned(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b), event.previousAgentId()));
    }

    @EventHandler
    void on(AppointmentAttended event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        sender.publish(new fr.creneau.booking.api.AppointmentAttended(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b), event.agentId()));
    }

    @EventHandler
    void on(AppointmentNoShow event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        sender.publish(new fr.creneau.booking.api.AppointmentNoShow(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b), event.agentId()));
    }

    @EventHandler
    void on(AppointmentRescheduled event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        sender.publish(new fr.creneau.booking.api.AppointmentRescheduled(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b), event.previousRange().start(), event.previousRange().end(),
                b.details().placeId(), b.counterId(), by(event.byAgent())));
    }

    @EventHandler
    void on(AppointmentMovedIn event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        sender.publish(new fr.creneau.booking.api.AppointmentRescheduled(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b), event.previousRange().start(), event.previousRange().end(),
                event.previousPlaceId(), event.previousCounterId(),
                by(event.byAgent())));
    }

    @EventHandler
    void on(AppointmentModified event, @MessageIdentifier String eventId) {
        Booking b = event.booking();
        if (event.sealedContact() != null) {
            sender.publishContact(b, event.sealedContact());
        }
        sender.publish(new fr.creneau.booking.api.AppointmentModified(eventId, event.occurredAt(), b.communeId(),
                b.appointmentId(), view(b), event.changes().stream()
                        .map(change -> fr.creneau.booking.api.AppointmentModified.Change.valueOf(change.name()))
                        .toList(), by(event.byAgent())));
    }

    private static CancelledBy by(boolean byAgent) {
        return byAgent ? CancelledBy.AGENT : CancelledBy.CITIZEN;
    }
}
