package fr.creneau.booking.waitinglist.command;

import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.counterday.domain.CapacityOpened;
import fr.creneau.booking.counterday.domain.Usage;
import fr.creneau.booking.waitinglist.domain.WaitingLineId;
import fr.creneau.booking.waitinglist.view.WaitingListEntries;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Capacity planning opened on a counter-day (an opening, an exception adding hours, more agents) offered to the
 * lines of its place whose type the counter takes, one line after the other, each getting what the previous left:
 * so no unit of it is offered twice. Runs in the freed places' processor, with the same guarantees.
 */
@Component
@ProcessingGroup(FreedPlaces.GROUP)
class OpenedCapacityOffers {

    private final CommandGateway gateway;
    private final WaitingListEntries entries;
    private final Catalog catalog;
    private final Clock clock;
    private final Duration validity;

    OpenedCapacityOffers(CommandGateway gateway, WaitingListEntries entries, Catalog catalog, Clock clock,
            @Value("${booking.waiting-list.offer-validity:PT15M}") Duration validity) {
        this.gateway = gateway;
        this.entries = entries;
        this.catalog = catalog;
        this.clock = clock;
        this.validity = validity;
    }

    @EventHandler
    void on(CapacityOpened event, @MessageIdentifier String eventId) {
        Optional<Counter> counter = catalog.counter(event.counterId()).filter(Counter::active);
        if (counter.isEmpty()) {
            return;
        }
        List<Usage> left = event.opened();
        for (String lineId : entries.linesAt(event.placeId())) {
            Optional<AppointmentType> type = catalog.appointmentType(WaitingLineId.typeOf(lineId, event.placeId()))
                    .filter(counter.get()::takes);
            if (type.isEmpty()) {
                continue;
            }
            left = gateway.sendAndWait(new OfferOpenedCapacity(lineId, eventId, event.counterDayId(), event.counterId(),
                    counter.get().name(), left, Duration.ofMinutes(Math.max(1, type.get().durationMinutes())),
                    validity, clock.instant()));
            if (left.isEmpty()) {
                return;
            }
        }
    }
}
