package fr.creneau.booking.counterday.domain;

import fr.creneau.booking.counterday.command.ApproveAppointment;
import fr.creneau.booking.counterday.command.AssignAppointment;
import fr.creneau.booking.counterday.command.CancelAppointment;
import fr.creneau.booking.counterday.command.ChangeDayCapacity;
import fr.creneau.booking.counterday.command.ConfirmAppointment;
import fr.creneau.booking.counterday.command.MoveIn;
import fr.creneau.booking.counterday.command.MoveOut;
import fr.creneau.booking.counterday.command.RecordAttendance;
import fr.creneau.booking.counterday.command.RefuseAppointment;
import fr.creneau.booking.counterday.command.ReleaseHold;
import fr.creneau.booking.counterday.command.RescheduleWithinDay;
import fr.creneau.booking.counterday.command.ReserveSlot;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.ALREADY_KNOWN;
import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.HOLD_EXPIRED;
import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.NOT_ACTIVE;
import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.NOT_AWAITING_APPROVAL;
import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.OUTSIDE_BOOKING_WINDOW;
import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.SLOT_UNAVAILABLE;
import static fr.creneau.booking.counterday.domain.BookingRefused.Reason.UNKNOWN_APPOINTMENT;
import static fr.creneau.booking.counterday.domain.BookingStatus.ATTENDED;
import static fr.creneau.booking.counterday.domain.BookingStatus.AWAITING_APPROVAL;
import static fr.creneau.booking.counterday.domain.BookingStatus.CANCELLED;
import static fr.creneau.booking.counterday.domain.BookingStatus.CONFIRMED;
import static fr.creneau.booking.counterday.domain.BookingStatus.EXPIRED;
import static fr.creneau.booking.counterday.domain.BookingStatus.HELD;
import static fr.creneau.booking.counterday.domain.BookingStatus.MOVED;
import static fr.creneau.booking.counterday.domain.BookingStatus.NO_SHOW;
import static fr.creneau.booking.counterday.domain.BookingStatus.REFUSED;
import static fr.creneau.booking.counterday.domain.BookingStatus.UNSCHEDULED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The consistency unit of booking: one counter on one day, with its capacity windows and every appointment
 * starting on it. Each command is checked against the whole day and appended with the next sequence number of
 * this aggregate, so two writers can never both take the last unit: the loser gets a concurrency conflict.
 */
@Aggregate(cache = "counterDayCache")
class CounterDay {

    static final String HOLD_EXPIRY = "hold-expiry";

    @AggregateIdentifier
    private String id;
    private DayCapacity capacity = DayCapacity.NONE;
    private Instant planningVersion;
    private final Map<String, Booking> bookings = new LinkedHashMap<>();

    CounterDay() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeDayCapacity command) {
        if (planningVersion != null && !command.planningVersion().isAfter(planningVersion)) {
            return;
        }
        apply(new DayCapacityChanged(command.counterDayId(), command.communeId(), command.placeId(),
                command.counterId(), command.day(), command.timeZone(), command.capacity(), command.reason(),
                command.absentAgentIds(), command.planningVersion()));
        List<Booking> displaced = DisplacementPolicy.displaced(occupying(), capacity,
                new HashSet<>(command.absentAgentIds()));
        displaced.forEach(booking -> apply(new AppointmentUnscheduled(id, booking.withStatus(UNSCHEDULED),
                command.reason(), command.planningVersion())));
    }

    @CommandHandler
    void handle(ReserveSlot command, DeadlineManager deadlines) {
        Booking booking = command.booking();
        assertUnknown(booking.appointmentId());
        assertWithinBookingWindow(booking.range().start(), command.earliestStart(), command.latestStart());
        assertSlotHasCapacity(booking.range(), booking.units(), occupying());
        if (booking.holdExpiresAt() == null) {
            apply(new AppointmentBooked(id, booking.withStatus(CONFIRMED), command.sealedContact(), command.now()));
        } else {
            apply(new SlotReserved(id, booking.withStatus(HELD), booking.holdExpiresAt(), command.sealedContact(),
                    command.now()));
            deadlines.schedule(booking.holdExpiresAt(), HOLD_EXPIRY, new HoldExpiry(booking.appointmentId()));
        }
    }

    @CommandHandler
    void handle(ConfirmAppointment command) {
        Booking booking = existing(command.appointmentId());
        if (booking.status() == CONFIRMED || booking.status() == AWAITING_APPROVAL) {
            return;
        }
        assertStatus(booking, HELD);
        if (!command.now().isBefore(booking.holdExpiresAt())) {
            throw new BookingRefused(HOLD_EXPIRED, "La réservation a expiré : choisissez un nouveau créneau.");
        }
        if (booking.details().approvalRequired()) {
            apply(new AppointmentAwaitingApproval(id, booking.withStatus(AWAITING_APPROVAL), command.now()));
        } else {
            apply(new AppointmentConfirmed(id, booking.withStatus(CONFIRMED), command.now()));
        }
    }

    @CommandHandler
    void handle(ReleaseHold command) {
        Booking booking = existing(command.appointmentId());
        if (booking.status() == HELD) {
            apply(new HoldExpired(id, booking.withStatus(EXPIRED), command.now()));
        }
    }

    @DeadlineHandler(deadlineName = HOLD_EXPIRY)
    void onHoldExpiry(HoldExpiry expiry) {
        Booking booking = bookings.get(expiry.appointmentId());
        if (booking != null && booking.status() == HELD) {
            apply(new HoldExpired(id, booking.withStatus(EXPIRED), booking.holdExpiresAt()));
        }
    }

    @CommandHandler
    void handle(ApproveAppointment command) {
        Booking booking = awaitingApproval(command.appointmentId());
        apply(new AppointmentApproved(id, booking.withStatus(CONFIRMED), command.agentId(), command.now()));
    }

    @CommandHandler
    void handle(RefuseAppointment command) {
        Booking booking = awaitingApproval(command.appointmentId());
        apply(new AppointmentRefused(id, booking.withStatus(REFUSED), command.agentId(), command.reason(),
                command.now()));
    }

    @CommandHandler
    void handle(CancelAppointment command) {
        Booking booking = active(command.appointmentId());
        apply(new AppointmentCancelled(id, booking.withStatus(CANCELLED), command.byAgent(), command.agentId(),
                command.reason(), command.now()));
    }

    @CommandHandler
    void handle(AssignAppointment command) {
        Booking booking = active(command.appointmentId());
        apply(new AppointmentAssigned(id, booking.withAgent(command.agentId()), booking.agentId(), command.now()));
    }

    @CommandHandler
    void handle(RecordAttendance command) {
        Booking booking = existing(command.appointmentId());
        assertStatus(booking, CONFIRMED);
        if (command.attended()) {
            apply(new AppointmentAttended(id, booking.withStatus(ATTENDED), command.agentId(), command.now()));
        } else {
            apply(new AppointmentNoShow(id, booking.withStatus(NO_SHOW), command.agentId(), command.now()));
        }
    }

    @CommandHandler
    void handle(RescheduleWithinDay command) {
        Booking booking = active(command.appointmentId());
        assertWithinBookingWindow(command.newRange().start(), command.earliestStart(), command.latestStart());
        List<Booking> others = occupying().stream()
                .filter(other -> !other.appointmentId().equals(booking.appointmentId())).toList();
        assertSlotHasCapacity(command.newRange(), booking.units(), others);
        Booking moved = booking.movedTo(booking.counterId(), booking.details(), command.newRange(), booking.status());
        apply(new AppointmentRescheduled(id, moved, booking.range(), command.byAgent(), command.now()));
    }

    @CommandHandler
    void handle(MoveIn command) {
        Booking booking = command.booking();
        assertUnknown(booking.appointmentId());
        assertWithinBookingWindow(booking.range().start(), command.earliestStart(), command.latestStart());
        assertSlotHasCapacity(booking.range(), booking.units(), occupying());
        apply(new AppointmentMovedIn(id, booking, command.previousCounterDayId(), command.previousRange(),
                command.previousPlaceId(), command.previousCounterId(), command.byAgent(), command.sealedContact(),
                command.now()));
    }

    @CommandHandler
    void handle(MoveOut command) {
        Booking booking = active(command.appointmentId());
        apply(new AppointmentMovedOut(id, booking.withStatus(MOVED), command.newCounterDayId(), command.now()));
    }

    @EventSourcingHandler
    void on(DayCapacityChanged event) {
        id = event.counterDayId();
        capacity = event.capacity();
        planningVersion = event.planningVersion();
    }

    @EventSourcingHandler
    void on(AppointmentEvent event) {
        bookings.put(event.booking().appointmentId(), event.booking());
    }

    private List<Booking> occupying() {
        return bookings.values().stream().filter(booking -> booking.status().occupies()).toList();
    }

    private void assertSlotHasCapacity(TimeRange range, int units, List<Booking> occupying) {
        if (capacity.freeUnits(range, occupying.stream().map(Booking::usage).toList()) < units) {
            throw new BookingRefused(SLOT_UNAVAILABLE, "Ce créneau n'est plus disponible.");
        }
    }

    private static void assertWithinBookingWindow(Instant start, Instant earliest, Instant latest) {
        if (start.isBefore(earliest) || start.isAfter(latest)) {
            throw new BookingRefused(OUTSIDE_BOOKING_WINDOW,
                    "Ce créneau est hors de la période ouverte à la réservation pour ce type de rendez-vous.");
        }
    }

    private void assertUnknown(String appointmentId) {
        Booking known = bookings.get(appointmentId);
        if (known != null && known.status() != MOVED) {
            throw new BookingRefused(ALREADY_KNOWN, "Ce rendez-vous existe déjà.");
        }
    }

    private Booking existing(String appointmentId) {
        Booking booking = bookings.get(appointmentId);
        if (booking == null) {
            throw new BookingRefused(UNKNOWN_APPOINTMENT, "Rendez-vous introuvable.");
        }
        return booking;
    }

    private Booking active(String appointmentId) {
        Booking booking = existing(appointmentId);
        if (!booking.status().isActive()) {
            throw new BookingRefused(NOT_ACTIVE, "Ce rendez-vous n'est plus actif.");
        }
        return booking;
    }

    private Booking awaitingApproval(String appointmentId) {
        Booking booking = existing(appointmentId);
        if (booking.status() != AWAITING_APPROVAL) {
            throw new BookingRefused(NOT_AWAITING_APPROVAL, "Ce rendez-vous n'attend pas de validation.");
        }
        return booking;
    }

    private static void assertStatus(Booking booking, BookingStatus expected) {
        if (booking.status() != expected) {
            throw new BookingRefused(booking.status() == EXPIRED ? HOLD_EXPIRED : NOT_ACTIVE,
                    booking.status() == EXPIRED ? "La réservation a expiré : choisissez un nouveau créneau."
                            : "Ce rendez-vous n'est plus actif.");
        }
    }
}
