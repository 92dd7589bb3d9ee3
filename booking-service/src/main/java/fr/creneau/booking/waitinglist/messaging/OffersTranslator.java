package fr.creneau.booking.waitinglist.messaging;

import fr.creneau.booking.api.EarlierSlotOffered;
import fr.creneau.booking.counterday.messaging.BookingEventSender;
import fr.creneau.booking.waitinglist.domain.Offer;
import fr.creneau.booking.waitinglist.domain.SlotOffered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import static fr.creneau.booking.counterday.messaging.AppointmentViews.view;

/**
 * Publishes each offer of an earlier slot on booking.events, keyed by the waiting appointment, in the same
 * processor as its other events (so after its confirmation, and before a move that follows the offer).
 */
@Component
@ProcessingGroup("booking-events-publisher")
class OffersTranslator {

    private final BookingEventSender sender;

    OffersTranslator(BookingEventSender sender) {
        this.sender = sender;
    }

    @EventHandler
    void on(SlotOffered event, @MessageIdentifier String eventId) {
        Offer offer = event.offer();
        sender.publish(new EarlierSlotOffered(eventId, event.occurredAt(), offer.waiter().booking().communeId(),
                offer.appointmentId(), view(offer.waiter().booking()), offer.offerId(), offer.place().counterId(),
                offer.place().counterName(), offer.place().range().start(),
                offer.place().range().end(), offer.expiresAt()));
    }
}
