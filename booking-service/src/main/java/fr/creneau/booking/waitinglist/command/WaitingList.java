package fr.creneau.booking.waitinglist.command;

import fr.creneau.booking.appointment.command.Rescheduling;
import fr.creneau.booking.appointment.view.AppointmentIndex;
import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.view.AppointmentDetailsFactory;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.waitinglist.domain.Offer;
import fr.creneau.booking.waitinglist.domain.OfferRefused;
import fr.creneau.booking.waitinglist.domain.Waiter;
import fr.creneau.booking.waitinglist.domain.WaitingLineId;
import fr.creneau.booking.waitinglist.view.WaitingListEntries;
import fr.creneau.booking.waitinglist.view.WaitingListEntry;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/**
 * The citizen's side of the waiting list: ask, withdraw, decline, accept. Accepting takes the offer from the line
 * first (so that nobody else can), then moves the appointment through the counter-days exactly as a move asked
 * from the manage page, capacity checked again; if the place was taken meanwhile, the citizen is put back in line
 * where they were.
 */
@Service
public class WaitingList {

    private final AppointmentIndex index;
    private final Catalog catalog;
    private final AppointmentDetailsFactory details;
    private final WaitingListEntries entries;
    private final WaitingLineCommands commands;
    private final Rescheduling rescheduling;
    private final Clock clock;

    WaitingList(AppointmentIndex index, Catalog catalog, AppointmentDetailsFactory details,
            WaitingListEntries entries, WaitingLineCommands commands, Rescheduling rescheduling, Clock clock) {
        this.index = index;
        this.catalog = catalog;
        this.details = details;
        this.entries = entries;
        this.commands = commands;
        this.rescheduling = rescheduling;
        this.clock = clock;
    }

    public WaitingListEntry join(String appointmentId) {
        Instant now = clock.instant();
        AppointmentSummary appointment = index.find(appointmentId)
                .orElseThrow(() -> new NotFoundException("Rendez-vous introuvable."));
        if (appointment.status() != BookingStatus.CONFIRMED || !appointment.start().isAfter(now)) {
            throw new ConflictException("Seul un rendez-vous confirmé et à venir peut attendre un créneau plus tôt.");
        }
        Counter counter = catalog.counter(appointment.counterId())
                .orElseThrow(() -> new NotFoundException("Le guichet de ce rendez-vous n'existe plus."));
        AppointmentType type = catalog.appointmentType(appointment.appointmentTypeId())
                .orElseThrow(() -> new NotFoundException("Le type de ce rendez-vous n'existe plus."));
        Booking booking = new Booking(appointmentId, appointment.communeId(), counter.counterId(),
                details.of(type, appointment.optionId(), counter, catalog.zoneOf(appointment.communeId())),
                new TimeRange(appointment.start(), appointment.end()), appointment.units(), appointment.persons(),
                appointment.agentId(), BookingChannel.valueOf(appointment.channel()), appointment.status(),
                appointment.bookedAt(), null);
        commands.send(new JoinWaitingLine(WaitingLineId.of(counter.placeId(), type.appointmentTypeId()),
                new Waiter(booking, now)));
        return waiting(appointmentId);
    }

    public void leave(String appointmentId) {
        commands.send(new LeaveWaitingLine(waiting(appointmentId).lineId(), appointmentId, clock.instant()));
    }

    public void decline(String appointmentId) {
        commands.send(new DeclineOffer(waiting(appointmentId).lineId(), appointmentId, clock.instant()));
    }

    public AppointmentSummary accept(String appointmentId) {
        Offer offer = commands.send(new AcceptOffer(waiting(appointmentId).lineId(), appointmentId,
                clock.instant()));
        try {
            return rescheduling.reschedule(appointmentId, offer.place().counterId(), offer.place().range().start(),
                    false);
        } catch (RuntimeException e) {
            backInLine(offer);
            throw new ConflictException(("Ce créneau n'a pas pu être pris : %s Votre rendez-vous est maintenu et "
                    + "vous restez sur la liste d'attente, à la même place.").formatted(e.getMessage()));
        }
    }

    /** Where they were, by the time they first asked; unless their appointment ended meanwhile. */
    private void backInLine(Offer offer) {
        boolean stillBooked = index.find(offer.appointmentId())
                .filter(appointment -> appointment.status() == BookingStatus.CONFIRMED).isPresent();
        if (stillBooked) {
            commands.send(new JoinWaitingLine(WaitingLineId.of(offer.waiter().booking().details().placeId(),
                    offer.waiter().booking().details().appointmentTypeId()), offer.waiter()));
        }
    }

    public WaitingListEntry waiting(String appointmentId) {
        return entries.find(appointmentId).orElseThrow(OfferRefused::notWaiting);
    }
}
