package fr.creneau.booking.counterday.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import fr.creneau.booking.counterday.domain.AppointmentAssigned;
import fr.creneau.booking.counterday.domain.AppointmentBooked;
import fr.creneau.booking.counterday.domain.AppointmentEvent;
import fr.creneau.booking.counterday.domain.AppointmentModified;
import fr.creneau.booking.counterday.domain.AppointmentMovedIn;
import fr.creneau.booking.counterday.domain.AppointmentRescheduled;
import fr.creneau.booking.counterday.domain.AppointmentUnscheduled;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingPolicies;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.CapacityOpened;
import fr.creneau.booking.counterday.domain.DayCapacity;
import fr.creneau.booking.counterday.domain.DayCapacityChanged;
import fr.creneau.booking.counterday.domain.DisplacementPolicy;
import fr.creneau.booking.counterday.domain.HoldExpired;
import fr.creneau.booking.counterday.domain.HoldExpiry;
import fr.creneau.booking.counterday.domain.OpenedCapacity;
import fr.creneau.booking.counterday.domain.SlotProposals;
import fr.creneau.booking.counterday.domain.SlotReserved;
import fr.creneau.booking.counterday.domain.Usage;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The consistency unit of booking: one counter on one day, with its capacity windows and every appointment
 * starting on it. Each command is checked against the whole day and appended with the next sequence number of
 * this aggregate, so two writers can never both take the last unit: the loser gets a concurrency conflict.
 * What takes or changes capacity is decided here; what happens to a booked appointment without more capacity, in
 * its member {@link DayBookings}. Its fields are visible to Jackson so that a busy day can be snapshotted.
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
    @AggregateMember
    private final DayBookings bookings = new DayBookings();

    CounterDay() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeDayCapacity command, SlotProposals proposals) {
        if (planningVersion != null && !command.planningVersion().isAfter(planningVersion)) {
            return;
        }
        DayCapacity before = capacity;
        apply(new DayCapacityChanged(command.counterDayId(), command.communeId(), command.placeId(),
                command.counterId(), command.day(), command.timeZone(), command.capacity(), command.reason(),
                command.absentAgentIds(), command.planningVersion()));
        List<Booking> displaced = DisplacementPolicy.displaced(bookings.occupying(), capacity,
                new HashSet<>(command.absentAgentIds()));
        displaced.forEach(booking -> apply(new AppointmentUnscheduled(id,
                booking.withStatus(BookingStatus.UNSCHEDULED), command.reason(), command.planningVersion(),
                proposals.insteadOfDay(booking))));
        List<Usage> opened = OpenedCapacity.between(before, capacity,
                bookings.occupying().stream().map(Booking::usage).toList());
        if (!opened.isEmpty()) {
            apply(new CapacityOpened(id, command.communeId(), command.placeId(), command.counterId(), opened,
                    command.planningVersion()));
        }
    }

    @CommandHandler
    void handle(ReserveSlot command) {
        Booking booking = command.booking();
        bookings.assertUnknown(booking.appointmentId());
        BookingPolicies.assertCanTake(capacity, booking, bookings.occupying(), command.earliestStart(),
                command.latestStart());
        if (booking.holdExpiresAt() == null) {
            apply(new AppointmentBooked(id, booking.withStatus(BookingStatus.CONFIRMED), command.sealedContact(),
                    command.now(), command.confirmationWithheld()));
        } else {
            apply(new SlotReserved(id, booking.withStatus(BookingStatus.HELD), booking.holdExpiresAt(),
                    command.sealedContact(), command.now()));
        }
    }

    /** A hold found due by {@link HoldExpiries}; one still held whose time has come ends at its deadline. */
    @CommandHandler
    void handle(ExpireHold command) {
        expireIfHeld(command.appointmentId(), command.now());
    }

    /** The durable deadline of a hold made before {@link HoldExpiries} (db-scheduler's task, still in its table). */
    @DeadlineHandler(deadlineName = HOLD_EXPIRY)
    void onHoldExpiry(HoldExpiry expiry) {
        expireIfHeld(expiry.appointmentId(), null);
    }

    /** Ends a hold still held, at its deadline; {@code now}, when given, must have reached it. */
    private void expireIfHeld(String appointmentId, Instant now) {
        Booking booking = bookings.find(appointmentId);
        if (booking != null && booking.status() == BookingStatus.HELD
                && (now == null || !now.isBefore(booking.holdExpiresAt()))) {
            apply(new HoldExpired(id, booking.withStatus(BookingStatus.EXPIRED), booking.holdExpiresAt()));
        }
    }

    @CommandHandler
    void handle(AssignAppointment command) {
        Booking booking = bookings.existing(command.appointmentId()).active();
        BookingPolicies.assertAgentFree(capacity, booking.withAgent(command.agentId()),
                bookings.occupyingExcept(booking.appointmentId()));
        apply(new AppointmentAssigned(id, booking.withAgent(command.agentId()), booking.agentId(), command.now()));
    }

    @CommandHandler
    void handle(RescheduleWithinDay command) {
        Booking booking = bookings.existing(command.appointmentId()).active();
        Booking moved = booking.movedTo(booking.counterId(), booking.details(), command.newRange(), booking.status());
        BookingPolicies.assertCanTake(capacity, moved, bookings.occupyingExcept(booking.appointmentId()),
                command.earliestStart(), command.latestStart());
        apply(new AppointmentRescheduled(id, moved, booking.range(), command.byAgent(), command.now()));
    }

    /** More persons may need more room: the day's capacity and the agent are checked again, without this booking. */
    @CommandHandler
    void handle(ModifyAppointment command) {
        Booking booking = bookings.existing(command.appointmentId()).active();
        Booking modified = booking.modified(command.details(), command.range(), command.units(), command.persons());
        BookingPolicies.assertRoomFor(capacity, booking, modified, bookings.occupyingExcept(booking.appointmentId()));
        apply(new AppointmentModified(id, modified, command.changes(), command.sealedContact(), command.byAgent(),
                command.agentId(), command.now()));
    }

    @CommandHandler
    void handle(MoveIn command) {
        Booking booking = command.booking();
        bookings.assertUnknown(booking.appointmentId());
        BookingPolicies.assertCanTake(capacity, booking, bookings.occupying(), command.earliestStart(),
                command.latestStart());
        apply(new AppointmentMovedIn(id, booking, command.previousCounterDayId(), command.previousRange(),
                command.previousPlaceId(), command.previousCounterId(), command.byAgent(), command.sealedContact(),
                command.now()));
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
