package fr.creneau.booking.waitinglist.command;

import fr.creneau.booking.counterday.domain.AppointmentCancelled;
import fr.creneau.booking.counterday.domain.AppointmentMovedOut;
import fr.creneau.booking.counterday.domain.AppointmentRefused;
import fr.creneau.booking.counterday.domain.AppointmentRescheduled;
import fr.creneau.booking.counterday.domain.AppointmentUnscheduled;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.HoldExpired;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.waitinglist.domain.FreedPlace;
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

/**
 * Reads the counter-days' stored events, in order, on one instance at a time (a streaming processor with one
 * segment), and tells the waiting lines what they change: capacity given back by a cancellation, a move, an
 * expired hold or a refused approval is a freed place to offer; a waiting appointment cancelled, moved or
 * unscheduled waits no more. Its commands run in
 * the processor's transaction, so the offers and the processor's position are written together: a place is offered
 * once even if the instance dies in between (the events are then read again and nothing was written). Capacity
 * that planning opens is offered by {@link OpenedCapacityOffers}, in the same processor.
 */
@Component
@ProcessingGroup(FreedPlaces.GROUP)
public class FreedPlaces {

    public static final String GROUP = "booking-waiting-lines";

    private final CommandGateway gateway;
    private final WaitingListEntries entries;
    private final Clock clock;
    private final Duration validity;

    FreedPlaces(CommandGateway gateway, WaitingListEntries entries, Clock clock,
            @Value("${booking.waiting-list.offer-validity:PT15M}") Duration validity) {
        this.gateway = gateway;
        this.entries = entries;
        this.clock = clock;
        this.validity = validity;
    }

    @EventHandler
    void on(AppointmentCancelled event, @MessageIdentifier String eventId) {
        waitsNoMore(event.booking());
        freed(eventId, event.counterDayId(), event.booking(), event.booking().range());
    }

    @EventHandler
    void on(AppointmentMovedOut event, @MessageIdentifier String eventId) {
        waitsNoMore(event.booking());
        freed(eventId, event.counterDayId(), event.booking(), event.booking().range());
    }

    @EventHandler
    void on(AppointmentRescheduled event, @MessageIdentifier String eventId) {
        waitsNoMore(event.booking());
        freed(eventId, event.counterDayId(), event.booking(), event.previousRange());
    }

    @EventHandler
    void on(HoldExpired event, @MessageIdentifier String eventId) {
        freed(eventId, event.counterDayId(), event.booking(), event.booking().range());
    }

    @EventHandler
    void on(AppointmentRefused event, @MessageIdentifier String eventId) {
        freed(eventId, event.counterDayId(), event.booking(), event.booking().range());
    }

    @EventHandler
    void on(AppointmentUnscheduled event) {
        waitsNoMore(event.booking());
    }

    private void waitsNoMore(Booking booking) {
        entries.find(booking.appointmentId()).ifPresent(entry -> gateway.sendAndWait(
                new LeaveWaitingLine(entry.lineId(), booking.appointmentId(), clock.instant())));
    }

    private void freed(String eventId, String counterDayId, Booking left, TimeRange range) {
        String lineId = WaitingLineId.of(left.details().placeId(), left.details().appointmentTypeId());
        if (entries.anyoneWaits(lineId)) {
            gateway.sendAndWait(new OfferFreedPlace(lineId, new FreedPlace(eventId, counterDayId, left, range,
                    left.units()), validity, clock.instant()));
        }
    }
}
