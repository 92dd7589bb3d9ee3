package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.AppointmentApproved;
import fr.creneau.booking.counterday.domain.AppointmentAssigned;
import fr.creneau.booking.counterday.domain.AppointmentAttended;
import fr.creneau.booking.counterday.domain.AppointmentAwaitingApproval;
import fr.creneau.booking.counterday.domain.AppointmentBooked;
import fr.creneau.booking.counterday.domain.AppointmentCancelled;
import fr.creneau.booking.counterday.domain.AppointmentConfirmed;
import fr.creneau.booking.counterday.domain.AppointmentEvent;
import fr.creneau.booking.counterday.domain.AppointmentMovedIn;
import fr.creneau.booking.counterday.domain.AppointmentMovedOut;
import fr.creneau.booking.counterday.domain.AppointmentNoShow;
import fr.creneau.booking.counterday.domain.AppointmentRefused;
import fr.creneau.booking.counterday.domain.AppointmentRescheduled;
import fr.creneau.booking.counterday.domain.AppointmentUnscheduled;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingPolicies;
import fr.creneau.booking.counterday.domain.DayCapacity;
import fr.creneau.booking.counterday.domain.DayCapacityChanged;
import fr.creneau.booking.counterday.domain.DisplacementPolicy;
import fr.creneau.booking.counterday.domain.HoldExpired;
import fr.creneau.booking.counterday.domain.HoldExpiry;
import fr.creneau.booking.counterday.domain.SlotProposals;
import fr.creneau.booking.counterday.domain.SlotReserved;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
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
import java.util.List;

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
 * Its fields are visible to Jackson so that a busy day can be snapshotted.
 */
@Aggregate(cache = "counterDayCache", snapshotTriggerDefinition = "counterDaySnapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class CounterDay {

    static final String HOLD_EXPIRY = "hold-expiry";

    @AggregateIdentifier
    private String id;
    private DayCapacity capacity = DayCapacity.NONE;
    private Instant planningVersion;
    private final DayBookings bookings = new DayBookings();

    CounterDay() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeDayCapacity command, SlotProposals proposals) {
        if (planningVersion != null && !command.planningVersion().isAfter(planningVersion)) {
            return;
        }
        apply(new DayCapacityChanged(command.counterDayId(), command.communeId(), command.placeId(),
                command.counterId(), command.day(), command.timeZone(), command.capacity(), command.reason(),
                command.absentAgentIds(), command.planningVersion()));
        List<Booking> displaced = DisplacementPolicy.displaced(bookings.occupying(), capacity,
                new HashSet<>(command.absentAgentIds()));
        displaced.forEach(booking -> apply(new AppointmentUnscheduled(id, booking.withStatus(UNSCHEDULED),
                command.reason(), command.planningVersion(), proposals.insteadOfDay(booking))));
    }

    @CommandHandler
    void handle(ReserveSlot command, DeadlineManager deadlines) {
        Booking booking = command.booking();
        bookings.assertUnknown(booking.appointmentId());
        BookingPolicies.assertWithinBookingWindow(booking.range().start(), command.earliestStart(), command.latestStart());
        BookingPolicies.assertSlotHasCapacity(capacity, booking.range(), booking.units(), bookings.occupying());
        BookingPolicies.assertAgentFree(capacity, booking, bookings.occupying());
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
        Booking booking = bookings.existing(command.appointmentId());
        if (booking.status() == CONFIRMED || booking.status() == AWAITING_APPROVAL) {
            return;
        }
        bookings.inStatus(booking.appointmentId(), HELD);
        if (!command.now().isBefore(booking.holdExpiresAt())) {
            throw DayBookings.holdExpired();
        }
        if (booking.details().approvalRequired()) {
            apply(new AppointmentAwaitingApproval(id, booking.withStatus(AWAITING_APPROVAL), command.now()));
        } else {
            apply(new AppointmentConfirmed(id, booking.withStatus(CONFIRMED), command.now()));
        }
    }

    @CommandHandler
    void handle(ReleaseHold command) {
        Booking booking = bookings.existing(command.appointmentId());
        if (booking.status() == HELD) {
            apply(new HoldExpired(id, booking.withStatus(EXPIRED), command.now()));
        }
    }

    @DeadlineHandler(deadlineName = HOLD_EXPIRY)
    void onHoldExpiry(HoldExpiry expiry) {
        Booking booking = bookings.find(expiry.appointmentId());
        if (booking != null && booking.status() == HELD) {
            apply(new HoldExpired(id, booking.withStatus(EXPIRED), booking.holdExpiresAt()));
        }
    }

    @CommandHandler
    void handle(ApproveAppointment command) {
        Booking booking = bookings.awaitingApproval(command.appointmentId());
        apply(new AppointmentApproved(id, booking.withStatus(CONFIRMED), command.agentId(), command.now()));
    }

    @CommandHandler
    void handle(RefuseAppointment command) {
        Booking booking = bookings.awaitingApproval(command.appointmentId());
        apply(new AppointmentRefused(id, booking.withStatus(REFUSED), command.agentId(), command.reason(),
                command.now()));
    }

    @CommandHandler
    void handle(CancelAppointment command, SlotProposals proposals) {
        Booking booking = bookings.active(command.appointmentId());
        apply(new AppointmentCancelled(id, booking.withStatus(CANCELLED), command.byAgent(), command.agentId(),
                command.reason(), command.now(), command.byAgent() ? proposals.insteadOf(booking) : List.of()));
    }

    @CommandHandler
    void handle(AssignAppointment command) {
        Booking booking = bookings.active(command.appointmentId());
        BookingPolicies.assertAgentFree(capacity, booking.withAgent(command.agentId()),
                bookings.occupyingExcept(booking.appointmentId()));
        apply(new AppointmentAssigned(id, booking.withAgent(command.agentId()), booking.agentId(), command.now()));
    }

    @CommandHandler
    void handle(RecordAttendance command) {
        Booking booking = bookings.inStatus(command.appointmentId(), CONFIRMED);
        if (command.attended()) {
            apply(new AppointmentAttended(id, booking.withStatus(ATTENDED), command.agentId(), command.now()));
        } else {
            apply(new AppointmentNoShow(id, booking.withStatus(NO_SHOW), command.agentId(), command.now()));
        }
    }

    @CommandHandler
    void handle(RescheduleWithinDay command) {
        Booking booking = bookings.active(command.appointmentId());
        BookingPolicies.assertWithinBookingWindow(command.newRange().start(), command.earliestStart(), command.latestStart());
        BookingPolicies.assertSlotHasCapacity(capacity, command.newRange(), booking.units(),
                bookings.occupyingExcept(booking.appointmentId()));
        Booking moved = booking.movedTo(booking.counterId(), booking.details(), command.newRange(), booking.status());
        BookingPolicies.assertAgentFree(capacity, moved, bookings.occupyingExcept(booking.appointmentId()));
        apply(new AppointmentRescheduled(id, moved, booking.range(), command.byAgent(), command.now()));
    }

    @CommandHandler
    void handle(MoveIn command) {
        Booking booking = command.booking();
        bookings.assertUnknown(booking.appointmentId());
        BookingPolicies.assertWithinBookingWindow(booking.range().start(), command.earliestStart(), command.latestStart());
        BookingPolicies.assertSlotHasCapacity(capacity, booking.range(), booking.units(), bookings.occupying());
        BookingPolicies.assertAgentFree(capacity, booking, bookings.occupying());
        apply(new AppointmentMovedIn(id, booking, command.previousCounterDayId(), command.previousRange(),
                command.previousPlaceId(), command.previousCounterId(), command.byAgent(), command.sealedContact(),
                command.now()));
    }

    @CommandHandler
    void handle(MoveOut command) {
        Booking booking = bookings.active(command.appointmentId());
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
        bookings.put(event.booking());
    }
}
