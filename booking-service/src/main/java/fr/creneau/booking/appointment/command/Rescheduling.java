package fr.creneau.booking.appointment.command;

import fr.creneau.booking.appointment.view.AppointmentIndex;
import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.availability.view.Alternatives;
import fr.creneau.booking.availability.view.BookingRules;
import fr.creneau.booking.availability.view.BookingWindow;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.view.AppointmentDetailsFactory;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.counterday.command.CancelAppointment;
import fr.creneau.booking.counterday.command.CounterDaySender;
import fr.creneau.booking.counterday.command.MoveIn;
import fr.creneau.booking.counterday.command.MoveOut;
import fr.creneau.booking.counterday.command.RescheduleWithinDay;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.booking.counterday.domain.BookingRefused;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.CounterDayId;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * Moves an appointment to another slot, never leaving the citizen with both or neither. On the same counter-day it
 * is one event. Across counter-days the new slot is taken first (MoveIn); only then is the old one freed (MoveOut).
 * If the old one can no longer be freed (cancelled meanwhile), the new one is cancelled again.
 */
@Service
public class Rescheduling {

    private final AppointmentIndex index;
    private final Catalog catalog;
    private final BookingRules rules;
    private final AppointmentDetailsFactory details;
    private final CounterDaySender commands;
    private final Alternatives alternatives;
    private final Clock clock;

    Rescheduling(AppointmentIndex index, Catalog catalog, BookingRules rules, AppointmentDetailsFactory details,
            CounterDaySender commands, Alternatives alternatives, Clock clock) {
        this.index = index;
        this.catalog = catalog;
        this.rules = rules;
        this.details = details;
        this.commands = commands;
        this.alternatives = alternatives;
        this.clock = clock;
    }

    public AppointmentSummary reschedule(String appointmentId, String counterId, Instant start, boolean byAgent) {
        Instant now = clock.instant();
        AppointmentSummary current = index.find(appointmentId)
                .orElseThrow(() -> new NotFoundException("Rendez-vous introuvable."));
        if (current.status() != BookingStatus.CONFIRMED && current.status() != BookingStatus.AWAITING_APPROVAL) {
            throw new ConflictException("Seul un rendez-vous confirmé peut être déplacé.");
        }
        assertCommuneTakesNewSlots(current.communeId());
        AppointmentType type = rules.bookableType(current.communeId(), current.appointmentTypeId(), !byAgent);
        Counter counter = catalog.counter(counterId)
                .filter(found -> found.communeId().equals(current.communeId()) && found.active()
                        && found.takes(type))
                .orElseThrow(() -> new NotFoundException("Ce guichet ne reçoit pas ce type de rendez-vous."));
        ZoneId zone = catalog.zoneOf(current.communeId());
        BookingWindow window = BookingWindow.of(type, now, zone);
        if (!window.allows(start)) {
            throw new InvalidRequestException("Ce créneau est hors de la période ouverte à la réservation.");
        }
        TimeRange range = TimeRange.of(start, Duration.between(current.start(), current.end()));
        String target = new CounterDayId(counterId, start.atZone(zone).toLocalDate()).toString();
        try {
            if (target.equals(current.counterDayId())) {
                commands.send(new RescheduleWithinDay(target, appointmentId, range, window.earliestStart(),
                        window.latestStart(), byAgent, now));
            } else {
                moveAcrossDays(current, counter, type, zone, range, target, window, byAgent, now);
            }
        } catch (BookingRefused | AggregateNotFoundException e) {
            if (e instanceof BookingRefused refused && refused.reason() != BookingRefused.Reason.SLOT_UNAVAILABLE) {
                throw refused;
            }
            throw alternatives.slotTaken(current.communeId(), type.appointmentTypeId(), current.persons(),
                    current.agentId(), start.atZone(zone).toLocalDate(), zone, !byAgent);
        }
        return index.find(appointmentId).orElseThrow();
    }

    /**
     * A suspended commune takes no new slot, so no move either; cancelling stays open, and the appointment as it is
     * stays.
     */
    private void assertCommuneTakesNewSlots(String communeId) {
        if (catalog.suspension(communeId).isPresent()) {
            throw new ConflictException(("La commune « %s » ne prend pas de nouveau créneau pour le moment : son "
                    + "service de rendez-vous en ligne est suspendu. Le rendez-vous est maintenu tel quel ; il peut "
                    + "toujours être annulé.").formatted(communeId), Map.of("suspended", true));
        }
    }

    private void moveAcrossDays(AppointmentSummary current, Counter counter, AppointmentType type,
            ZoneId zone, TimeRange range, String target, BookingWindow window, boolean byAgent, Instant now) {
        Booking moved = new Booking(current.appointmentId(), current.communeId(), counter.counterId(),
                details.of(type, current.optionId(), counter, zone), range, current.units(), current.persons(), current.agentId(),
                BookingChannel.valueOf(current.channel()), current.status(), current.bookedAt(),
                null);
        String previousPlaceId = catalog.counter(current.counterId()).map(Counter::placeId).orElse(null);
        commands.send(new MoveIn(target, moved, current.counterDayId(), new TimeRange(current.start(), current.end()),
                previousPlaceId, current.counterId(), window.earliestStart(), window.latestStart(), byAgent, null, now));
        try {
            commands.send(new MoveOut(current.counterDayId(), current.appointmentId(), target, now));
        } catch (BookingRefused e) {
            commands.send(new CancelAppointment(target, current.appointmentId(), byAgent, null,
                    "Déplacement annulé : le rendez-vous d'origine n'était plus actif.", now));
            throw e;
        }
    }
}
